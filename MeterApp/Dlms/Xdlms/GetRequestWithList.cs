using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Request-With-List (Green Book ed. 9, 9.5): C0 03, invoke-id-and-priority, SEQUENCE OF
    /// Cosem-Attribute-Descriptor-With-Selection (descriptor, access-selection OPTIONAL). The count is
    /// bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated.
    /// </summary>
    public sealed class GetRequestWithList : AttributeListApdu
    {

        /// <summary>
        /// A request for <paramref name="attributes"/>; <paramref name="access"/> has the same length
        /// (null entries for no selective access) or is null for none at all. The arrays are copied.
        /// </summary>
        public GetRequestWithList(byte invokeIdAndPriority, CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access)
            : base(XdlmsTag.GetRequest, XdlmsTag.GetWithList, invokeIdAndPriority, attributes, access)
        {
        }

        internal override int BodySize
        {
            get { return ListSize; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out GetRequestWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.GetRequest, XdlmsTag.GetWithList);
            SelectiveAccessDescriptor[] access;
            CosemAttributeDescriptor[] attributes = reader.AttributeSelections(decoder, out access);
            apdu = reader.Finish() ? new GetRequestWithList(invokeIdAndPriority, attributes, access) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = WriteList(buffer, position);
            return position;
        }
    }
}
