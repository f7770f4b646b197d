namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-Datablock (Green Book ed. 9, 9.5): C5 02, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the block the server accepted; the client sends the next one). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class SetResponseDataBlock : BlockNumberApdu
    {
        /// <summary>Acknowledges block <paramref name="blockNumber"/> of a SET in blocks.</summary>
        public SetResponseDataBlock(byte invokeIdAndPriority, uint blockNumber)
            : base(XdlmsTag.SetResponse, XdlmsTag.SetResponseDataBlock, invokeIdAndPriority, blockNumber)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetResponseDataBlock apdu)
        {
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.SetResponse, XdlmsTag.SetResponseDataBlock, out invokeIdAndPriority, out blockNumber);
            apdu = result == XdlmsResult.Ok ? new SetResponseDataBlock(invokeIdAndPriority, blockNumber) : null;
            return result;
        }
    }
}
