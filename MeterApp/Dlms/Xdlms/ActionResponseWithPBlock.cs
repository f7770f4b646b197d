namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-With-Pblock (Green Book ed. 9, 9.5): C7 02, invoke-id-and-priority, pblock DataBlock-SA
    /// (a block of an Action-Response-With-Optional-Data too long for one APDU). Immutable.
    /// </summary>
    public sealed class ActionResponseWithPBlock : DataBlockApdu
    {
        /// <summary>Block <see cref="DataBlockSa.BlockNumber"/> of the encoded response.</summary>
        public ActionResponseWithPBlock(byte invokeIdAndPriority, DataBlockSa block)
            : base(XdlmsTag.ActionResponse, XdlmsTag.ActionResponseWithPBlock, invokeIdAndPriority, block)
        {
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionResponseWithPBlock apdu)
        {
            byte invokeIdAndPriority;
            DataBlockSa block;
            XdlmsResult result = Read(buffer, offset, count, XdlmsTag.ActionResponse, XdlmsTag.ActionResponseWithPBlock, out invokeIdAndPriority, out block);
            apdu = result == XdlmsResult.Ok ? new ActionResponseWithPBlock(invokeIdAndPriority, block) : null;
            return result;
        }
    }
}
