using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-Normal (Green Book ed. 9, 9.5): C1 01, invoke-id-and-priority, Cosem-Attribute-Descriptor,
    /// access-selection Selective-Access-Descriptor OPTIONAL, value Data. Immutable.
    /// </summary>
    public sealed class SetRequestNormal : XdlmsServiceApdu
    {
        private readonly CosemAttributeDescriptor _attribute;
        private readonly SelectiveAccessDescriptor _access;
        private readonly DlmsData _value;

        /// <summary>A request writing <paramref name="value"/> to <paramref name="attribute"/>; <paramref name="access"/> may be null.</summary>
        public SetRequestNormal(byte invokeIdAndPriority, CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access, DlmsData value)
            : base(XdlmsTag.SetRequest, XdlmsTag.Normal, invokeIdAndPriority)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            if (value == null)
            {
                throw new System.ArgumentNullException("value");
            }

            _attribute = attribute;
            _access = access;
            _value = value;
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

        /// <summary>The value to write.</summary>
        public DlmsData Value
        {
            get { return _value; }
        }

        internal override int BodySize
        {
            get { return CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access) + AxdrEncoder.Size(_value); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SetRequestNormal apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetRequest, XdlmsTag.Normal);
            CosemAttributeDescriptor attribute = reader.Attribute();
            SelectiveAccessDescriptor access = reader.OptionalAccess(decoder);
            DlmsData value = reader.Data(decoder);
            apdu = reader.Finish() ? new SetRequestNormal(invokeIdAndPriority, attribute, access, value) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = _attribute.Write(buffer, position);
            position = SelectiveAccessDescriptor.WriteOptional(_access, buffer, position);
            return XdlmsCodec.WriteData(_value, buffer, position);
        }
    }
}
