using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-List-And-First-Datablock (Green Book ed. 9, 9.5): C1 05, invoke-id-and-priority,
    /// attribute-descriptor-list SEQUENCE OF Cosem-Attribute-Descriptor-With-Selection, datablock DataBlock-SA
    /// (block 1 of the encoded value-list). The count is bounded by <see cref="XdlmsLimits.MaxListItems"/>
    /// and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class SetRequestWithListAndFirstDataBlock : AttributeListApdu
    {
        private readonly DataBlockSa _block;

        /// <summary>
        /// The first block of the values written to <paramref name="attributes"/>; <paramref name="access"/>
        /// has the same length (null entries for no selective access) or is null. The arrays are copied.
        /// </summary>
        public SetRequestWithListAndFirstDataBlock(byte invokeIdAndPriority, CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access, DataBlockSa block)
            : base(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithListAndFirstDataBlock, invokeIdAndPriority, attributes, access)
        {
            _block = DataBlockSa.Required(block);
        }

        /// <summary>The first block of the encoded value-list.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        internal override int BodySize
        {
            get { return ListSize + _block.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SetRequestWithListAndFirstDataBlock apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithListAndFirstDataBlock);
            SelectiveAccessDescriptor[] access;
            CosemAttributeDescriptor[] attributes = reader.AttributeSelections(decoder, out access);
            DataBlockSa block = reader.Block();
            apdu = reader.Finish() ? new SetRequestWithListAndFirstDataBlock(invokeIdAndPriority, attributes, access, block) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = WriteList(buffer, position);
            return _block.Write(buffer, position);
        }
    }
}
