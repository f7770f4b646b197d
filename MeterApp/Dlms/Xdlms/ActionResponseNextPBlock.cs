namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-Next-Pblock (Green Book ed. 9, 9.5): C7 04, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the block of the method-invocation-parameters the server accepted; the client sends the next one). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class ActionResponseNextPBlock : BlockNumberApdu
    {
        /// <summary>Acknowledges block <paramref name="blockNumber"/> of an ACTION request in blocks.</summary>
        public ActionResponseNextPBlock(byte invokeIdAndPriority, uint blockNumber)
            : base(XdlmsTag.ActionResponse, XdlmsTag.ActionResponseNextPBlock, invokeIdAndPriority, blockNumber)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionResponseNextPBlock apdu)
        {
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.ActionResponse, XdlmsTag.ActionResponseNextPBlock, out invokeIdAndPriority, out blockNumber);
            apdu = result == XdlmsResult.Ok ? new ActionResponseNextPBlock(invokeIdAndPriority, blockNumber) : null;
            return result;
        }
    }
}
