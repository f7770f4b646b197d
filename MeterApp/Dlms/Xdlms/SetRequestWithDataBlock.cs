namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-Datablock (Green Book ed. 9, 9.5): C1 03, invoke-id-and-priority, datablock DataBlock-SA
    /// (the second and later blocks of a value written in blocks). Immutable.
    /// </summary>
    public sealed class SetRequestWithDataBlock : DataBlockApdu
    {
        /// <summary>Block <see cref="DataBlockSa.BlockNumber"/> (2 or more) of the value being written.</summary>
        public SetRequestWithDataBlock(byte invokeIdAndPriority, DataBlockSa block)
            : base(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithDataBlock, invokeIdAndPriority, block)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetRequestWithDataBlock apdu)
        {
            byte invokeIdAndPriority;
            DataBlockSa block;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.SetRequest, XdlmsTag.SetRequestWithDataBlock, out invokeIdAndPriority, out block);
            apdu = result == XdlmsResult.Ok ? new SetRequestWithDataBlock(invokeIdAndPriority, block) : null;
            return result;
        }
    }
}
