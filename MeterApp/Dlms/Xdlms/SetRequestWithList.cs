using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-List (Green Book ed. 9, 9.5): C1 04, invoke-id-and-priority, attribute-descriptor-list
    /// SEQUENCE OF Cosem-Attribute-Descriptor-With-Selection, value-list SEQUENCE OF Data (one value per
    /// attribute: a different count is Malformed). Counts are bounded by <see cref="XdlmsLimits.MaxListItems"/>
    /// and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class SetRequestWithList : AttributeListApdu
    {
        private readonly DlmsData[] _values;

        /// <summary>
        /// A request writing <paramref name="values"/> to <paramref name="attributes"/> (same length);
        /// <paramref name="access"/> has that length too (null entries for no selective access) or is null. The arrays are copied.
        /// </summary>
        public SetRequestWithList(byte invokeIdAndPriority, CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access, DlmsData[] values)
            : base(XdlmsTag.SetRequest, XdlmsTag.SetRequestWithList, invokeIdAndPriority, attributes, access)
        {
            _values = DataList.Copy(values, Count, "values");
        }

        /// <summary>The value written to attribute <paramref name="index"/>.</summary>
        public DlmsData ValueAt(int index)
        {
            return _values[index];
        }

        internal override int BodySize
        {
            get { return ListSize + DataList.Size(_values); }
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
            position = WriteList(buffer, position);
            return DataList.Write(_values, buffer, position);
        }
    }
}
