namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Request-Next (Green Book ed. 9, 9.5): C0 02, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the last block received). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class GetRequestNext : BlockNumberApdu
    {
        /// <summary>A request for the block after <paramref name="blockNumber"/>.</summary>
        public GetRequestNext(byte invokeIdAndPriority, uint blockNumber)
            : base(XdlmsTag.GetRequest, XdlmsTag.NextOrWithDataBlock, invokeIdAndPriority, blockNumber)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out GetRequestNext apdu)
        {
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.GetRequest, XdlmsTag.NextOrWithDataBlock, out invokeIdAndPriority, out blockNumber);
            apdu = result == XdlmsResult.Ok ? new GetRequestNext(invokeIdAndPriority, blockNumber) : null;
            return result;
        }
    }
}
