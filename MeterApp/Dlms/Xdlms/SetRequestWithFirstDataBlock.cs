using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-First-Datablock (Green Book ed. 9, 9.5): C1 02, invoke-id-and-priority,
    /// Cosem-Attribute-Descriptor, access-selection Selective-Access-Descriptor OPTIONAL, datablock
    /// DataBlock-SA (block 1 of the encoded value). Immutable.
    /// </summary>
    public sealed class SetRequestWithFirstDataBlock : XdlmsServiceApdu
    {
        private readonly CosemAttributeDescriptor _attribute;
        private readonly SelectiveAccessDescriptor _access;
        private readonly DataBlockSa _block;

        /// <summary>The first block of a value written to <paramref name="attribute"/>; <paramref name="access"/> may be null.</summary>
        public SetRequestWithFirstDataBlock(byte invokeIdAndPriority, CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access, DataBlockSa block)
            : base(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithFirstDataBlock, invokeIdAndPriority)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            _attribute = attribute;
            _access = access;
            _block = DataBlockSa.Required(block);
        }

        /// <summary>The attribute written.</summary>
        public CosemAttributeDescriptor Attribute
        {
            get { return _attribute; }
        }

        /// <summary>The selective access, or null.</summary>
        public SelectiveAccessDescriptor Access
        {
            get { return _access; }
        }

        /// <summary>The first block of the value.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        internal override int BodySize
        {
            get { return CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access) + _block.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SetRequestWithFirstDataBlock apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithFirstDataBlock);
            CosemAttributeDescriptor attribute = reader.Attribute();
            SelectiveAccessDescriptor access = reader.OptionalAccess(decoder);
            DataBlockSa block = reader.Block();
            apdu = reader.Finish() ? new SetRequestWithFirstDataBlock(invokeIdAndPriority, attribute, access, block) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = _attribute.Write(buffer, position);
            position = SelectiveAccessDescriptor.WriteOptional(_access, buffer, position);
            return _block.Write(buffer, position);
        }
    }
}
