using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Request-Normal (Green Book ed. 9, 9.5): C0 01, invoke-id-and-priority, Cosem-Attribute-Descriptor,
    /// access-selection Selective-Access-Descriptor OPTIONAL. Immutable.
    /// </summary>
    public sealed class GetRequestNormal
    {
        private readonly byte _invokeIdAndPriority;
        private readonly CosemAttributeDescriptor _attribute;
        private readonly SelectiveAccessDescriptor _access;

        /// <summary>A request for <paramref name="attribute"/>; <paramref name="access"/> may be null.</summary>
        public GetRequestNormal(byte invokeIdAndPriority, CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _attribute = attribute;
            _access = access;
        }

        /// <summary>The invoke-id-and-priority octet (see <see cref="Xdlms.InvokeIdAndPriority"/>).</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
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

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access); }
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

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.GetRequest, XdlmsTag.Normal, _invokeIdAndPriority);
            position = _attribute.Write(buffer, position);
            position = SelectiveAccessDescriptor.WriteOptional(_access, buffer, position);
            return position - offset;
        }
    }
}
