using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-List (Green Book ed. 9, 9.5): C1 04, invoke-id-and-priority, attribute-descriptor-list
    /// SEQUENCE OF Cosem-Attribute-Descriptor-With-Selection, value-list SEQUENCE OF Data (one value per
    /// attribute: a different count is Malformed). Counts are bounded by <see cref="XdlmsLimits.MaxListItems"/>
    /// and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class SetRequestWithList : XdlmsServiceApdu
    {
        private readonly CosemAttributeDescriptor[] _attributes;
        private readonly SelectiveAccessDescriptor[] _access;
        private readonly DlmsData[] _values;

        /// <summary>
        /// A request writing <paramref name="values"/> to <paramref name="attributes"/> (same length);
        /// <paramref name="access"/> has that length too (null entries for no selective access) or is null. The arrays are copied.
        /// </summary>
        public SetRequestWithList(byte invokeIdAndPriority, CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access, DlmsData[] values)
            : base(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithList, invokeIdAndPriority)
        {
            AttributeSelectionList.Copy(attributes, access, out _attributes, out _access);
            _values = DataList.Copy(values, _attributes.Length, "values");
        }

        /// <summary>The number of attributes written.</summary>
        public int Count
        {
            get { return _attributes.Length; }
        }

        /// <summary>Attribute <paramref name="index"/> of the list.</summary>
        public CosemAttributeDescriptor AttributeAt(int index)
        {
            return _attributes[index];
        }

        /// <summary>The selective access of item <paramref name="index"/>, or null.</summary>
        public SelectiveAccessDescriptor AccessAt(int index)
        {
            return _access[index];
        }

        /// <summary>The value written to attribute <paramref name="index"/>.</summary>
        public DlmsData ValueAt(int index)
        {
            return _values[index];
        }

        internal override int BodySize
        {
            get { return AttributeSelectionList.Size(_attributes, _access) + DataList.Size(_values); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SetRequestWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithList);
            SelectiveAccessDescriptor[] access;
            CosemAttributeDescriptor[] attributes = reader.AttributeSelections(decoder, out access);
            DlmsData[] values = reader.Values(decoder, attributes.Length);
            apdu = reader.Finish() ? new SetRequestWithList(invokeIdAndPriority, attributes, access, values) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = AttributeSelectionList.Write(_attributes, _access, buffer, position);
            return DataList.Write(_values, buffer, position);
        }
    }
}
