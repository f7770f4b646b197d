using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The layout several block-transfer APDUs share (Green Book ed. 9, 9.5): tag, type,
    /// invoke-id-and-priority, block-number Unsigned32; always 7 bytes.
    /// </summary>
    internal static class BlockNumberApdu
    {
        internal const int Size = 7;

        internal static XdlmsResult Decode(byte[] buffer, int offset, int count, byte tag, byte choice, out byte invokeIdAndPriority, out uint blockNumber)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            blockNumber = 0;
            int position = offset;
            int end = offset + count;
            XdlmsResult result = XdlmsCodec.ReadHeader(buffer, ref position, end, tag, choice, out invokeIdAndPriority);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            result = XdlmsCodec.ReadUInt32(buffer, ref position, end, out blockNumber);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            return XdlmsCodec.Finish(position, end);
        }

        internal static int Encode(byte[] buffer, int offset, int count, byte tag, byte choice, byte invokeIdAndPriority, uint blockNumber)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, tag, choice, invokeIdAndPriority);
            BigEndian.WriteUInt32(buffer, position, blockNumber);
            return Size;
        }
    }
}
