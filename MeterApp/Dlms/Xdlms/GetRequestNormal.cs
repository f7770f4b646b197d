using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Request-Normal (Green Book ed. 9, 9.5): C0 01, invoke-id-and-priority, Cosem-Attribute-Descriptor,
    /// access-selection Selective-Access-Descriptor OPTIONAL. Immutable.
    /// </summary>
    public sealed class GetRequestNormal : XdlmsServiceApdu
    {
        private readonly CosemAttributeDescriptor _attribute;
        private readonly SelectiveAccessDescriptor _access;

        /// <summary>A request for <paramref name="attribute"/>; <paramref name="access"/> may be null.</summary>
        public GetRequestNormal(byte invokeIdAndPriority, CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access)
            : base(XdlmsTag.GetRequest, XdlmsTag.Normal, invokeIdAndPriority)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            _attribute = attribute;
            _access = access;
        }

        /// <summary>The attribute read.</summary>
        public CosemAttributeDescriptor Attribute
        {
            get { return _attribute; }
        }

        /// <summary>The selective access, or null.</summary>
        public SelectiveAccessDescriptor Access
        {
            get { return _access; }
        }

        internal override int BodySize
        {
            get { return CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out GetRequestNormal apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.GetRequest, XdlmsTag.Normal);
            CosemAttributeDescriptor attribute = reader.Attribute();
            SelectiveAccessDescriptor access = reader.OptionalAccess(decoder);
            apdu = reader.Finish() ? new GetRequestNormal(invokeIdAndPriority, attribute, access) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = _attribute.Write(buffer, position);
            position = SelectiveAccessDescriptor.WriteOptional(_access, buffer, position);
            return position;
        }
    }
}
