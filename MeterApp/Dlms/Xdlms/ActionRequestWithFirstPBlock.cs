namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-With-First-Pblock (Green Book ed. 9, 9.5): C3 04, invoke-id-and-priority,
    /// Cosem-Method-Descriptor, pblock DataBlock-SA (block 1 of the encoded method-invocation-parameters). Immutable.
    /// </summary>
    public sealed class ActionRequestWithFirstPBlock : XdlmsServiceApdu
    {
        private readonly CosemMethodDescriptor _method;
        private readonly DataBlockSa _block;

        /// <summary>The first block of the parameters of <paramref name="method"/>.</summary>
        public ActionRequestWithFirstPBlock(byte invokeIdAndPriority, CosemMethodDescriptor method, DataBlockSa block)
            : base(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithFirstPBlock, invokeIdAndPriority)
        {
            if (method == null)
            {
                throw new System.ArgumentNullException("method");
            }

            _method = method;
            _block = DataBlockSa.Required(block);
        }

        /// <summary>The method invoked.</summary>
        public CosemMethodDescriptor Method
        {
            get { return _method; }
        }

        /// <summary>The first block of the method-invocation-parameters.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        internal override int BodySize
        {
            get { return CosemMethodDescriptor.Size + _block.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionRequestWithFirstPBlock apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithFirstPBlock);
            CosemMethodDescriptor method = reader.Method();
            DataBlockSa block = reader.Block();
            apdu = reader.Finish() ? new ActionRequestWithFirstPBlock(invokeIdAndPriority, method, block) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = _method.Write(buffer, position);
            return _block.Write(buffer, position);
        }
    }
}
