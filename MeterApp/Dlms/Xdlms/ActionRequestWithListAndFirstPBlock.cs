namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-With-List-And-First-Pblock (Green Book ed. 9, 9.5): C3 05, invoke-id-and-priority,
    /// cosem-method-descriptor-list SEQUENCE OF Cosem-Method-Descriptor, pblock DataBlock-SA (block 1 of the
    /// encoded parameter list). The count is bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the
    /// bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class ActionRequestWithListAndFirstPBlock : MethodListApdu
    {
        private readonly DataBlockSa _block;

        /// <summary>The first block of the parameters of <paramref name="methods"/> (copied).</summary>
        public ActionRequestWithListAndFirstPBlock(byte invokeIdAndPriority, CosemMethodDescriptor[] methods, DataBlockSa block)
            : base(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithListAndFirstPBlock, invokeIdAndPriority, methods)
        {
            _block = DataBlockSa.Required(block);
        }

        /// <summary>The first block of the encoded parameter list.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        internal override int BodySize
        {
            get { return ListSize + _block.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionRequestWithListAndFirstPBlock apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithListAndFirstPBlock);
            CosemMethodDescriptor[] methods = reader.Methods();
            DataBlockSa block = reader.Block();
            apdu = reader.Finish() ? new ActionRequestWithListAndFirstPBlock(invokeIdAndPriority, methods, block) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = WriteList(buffer, position);
            return _block.Write(buffer, position);
        }
    }
}
