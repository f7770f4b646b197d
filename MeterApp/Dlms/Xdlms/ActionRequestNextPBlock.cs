namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-Next-Pblock (Green Book ed. 9, 9.5): C3 02, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the last block of the return parameters the client received; it asks for the next). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class ActionRequestNextPBlock : BlockNumberApdu
    {
        /// <summary>Asks for the block after <paramref name="blockNumber"/> of a long ACTION response.</summary>
        public ActionRequestNextPBlock(byte invokeIdAndPriority, uint blockNumber)
            : base(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestNextPBlock, invokeIdAndPriority, blockNumber)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionRequestNextPBlock apdu)
        {
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.ActionRequest, XdlmsTag.ActionRequestNextPBlock, out invokeIdAndPriority, out blockNumber);
            apdu = result == XdlmsResult.Ok ? new ActionRequestNextPBlock(invokeIdAndPriority, blockNumber) : null;
            return result;
        }
    }
}
