namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-With-Pblock (Green Book ed. 9, 9.5): C3 06, invoke-id-and-priority, pblock DataBlock-SA
    /// (the second and later blocks of method-invocation-parameters sent in blocks). Immutable.
    /// </summary>
    public sealed class ActionRequestWithPBlock : DataBlockApdu
    {
        /// <summary>Block <see cref="DataBlockSa.BlockNumber"/> (2 or more) of the method-invocation-parameters.</summary>
        public ActionRequestWithPBlock(byte invokeIdAndPriority, DataBlockSa block)
            : base(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithPBlock, invokeIdAndPriority, block)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionRequestWithPBlock apdu)
        {
            byte invokeIdAndPriority;
            DataBlockSa block;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithPBlock, out invokeIdAndPriority, out block);
            apdu = result == XdlmsResult.Ok ? new ActionRequestWithPBlock(invokeIdAndPriority, block) : null;
            return result;
        }
    }
}
