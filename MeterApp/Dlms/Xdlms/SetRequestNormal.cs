using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-Normal (Green Book ed. 9, 9.5): C1 01, invoke-id-and-priority, Cosem-Attribute-Descriptor,
    /// access-selection Selective-Access-Descriptor OPTIONAL, value Data. Immutable.
    /// </summary>
    public sealed class SetRequestNormal
    {
        private readonly byte _invokeIdAndPriority;
        private readonly CosemAttributeDescriptor _attribute;
        private readonly SelectiveAccessDescriptor _access;
        private readonly DlmsData _value;

        /// <summary>A request writing <paramref name="value"/> to <paramref name="attribute"/>; <paramref name="access"/> may be null.</summary>
        public SetRequestNormal(byte invokeIdAndPriority, CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access, DlmsData value)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            if (value == null)
            {
                throw new System.ArgumentNullException("value");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _attribute = attribute;
            _access = access;
            _value = value;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
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

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access) + AxdrEncoder.Size(_value); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SetRequestNormal apdu)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int position = offset;
            int end = offset + count;
            byte invokeIdAndPriority;
            XdlmsResult result = XdlmsCodec.ReadHeader(buffer, ref position, end, XdlmsTag.SetRequest, XdlmsTag.Normal, out invokeIdAndPriority);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            CosemAttributeDescriptor attribute;
            result = CosemAttributeDescriptor.Read(buffer, ref position, end, out attribute);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            SelectiveAccessDescriptor access;
            result = SelectiveAccessDescriptor.ReadOptional(decoder, buffer, ref position, end, out access);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            DlmsData value;
            result = XdlmsCodec.ReadData(decoder, buffer, ref position, end, out value);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            result = XdlmsCodec.Finish(position, end);
            if (result == XdlmsResult.Ok)
            {
                apdu = new SetRequestNormal(invokeIdAndPriority, attribute, access, value);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.SetRequest, XdlmsTag.Normal, _invokeIdAndPriority);
            position = _attribute.Write(buffer, position);
            position = SelectiveAccessDescriptor.WriteOptional(_access, buffer, position);
            return XdlmsCodec.WriteData(_value, buffer, position) - offset;
        }
    }
}
