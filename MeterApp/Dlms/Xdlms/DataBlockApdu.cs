using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The layout several block-transfer APDUs share (Green Book ed. 9, 9.5): tag, type,
    /// invoke-id-and-priority, DataBlock-SA.
    /// </summary>
    internal static class DataBlockApdu
    {
        internal static XdlmsResult Decode(byte[] buffer, int offset, int count, byte tag, byte choice, out byte invokeIdAndPriority, out DataBlockSa block)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            block = null;
            int position = offset;
            int end = offset + count;
            XdlmsResult result = XdlmsCodec.ReadHeader(buffer, ref position, end, tag, choice, out invokeIdAndPriority);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            DataBlockSa read;
            result = DataBlockSa.Read(buffer, ref position, end, out read);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            result = XdlmsCodec.Finish(position, end);
            if (result == XdlmsResult.Ok)
            {
                block = read;
            }

            return result;
        }

        internal static int Encode(byte[] buffer, int offset, int count, byte tag, byte choice, byte invokeIdAndPriority, DataBlockSa block)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, 3 + block.Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, tag, choice, invokeIdAndPriority);
            return block.Write(buffer, position) - offset;
        }
    }
}
