using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Event-Notification-Request (Green Book ed. 9, 9.5): C2, time OCTET STRING OPTIONAL (00 absent,
    /// or 01, 0C and the 12-byte COSEM date-time), Cosem-Attribute-Descriptor, attribute-value Data.
    /// Unconfirmed: the server sends it to report an attribute value; it has no invoke-id. Immutable.
    /// </summary>
    public sealed class EventNotificationRequest
    {
        private readonly CosemDateTime _time;
        private readonly CosemAttributeDescriptor _attribute;
        private readonly DlmsData _value;

        /// <summary>A notification of <paramref name="value"/> of <paramref name="attribute"/>; <paramref name="time"/> may be null (absent).</summary>
        public EventNotificationRequest(CosemDateTime time, CosemAttributeDescriptor attribute, DlmsData value)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            if (value == null)
            {
                throw new System.ArgumentNullException("value");
            }

            _time = time;
            _attribute = attribute;
            _value = value;
        }

        /// <summary>The time stamp, or null when absent.</summary>
        public CosemDateTime Time
        {
            get { return _time; }
        }

        /// <summary>The attribute reported.</summary>
        public CosemAttributeDescriptor Attribute
        {
            get { return _attribute; }
        }

        /// <summary>The attribute value.</summary>
        public DlmsData Value
        {
            get { return _value; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 1 + (_time == null ? 1 : 2 + CosemDateTime.Size) + CosemAttributeDescriptor.Size + AxdrEncoder.Size(_value); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out EventNotificationRequest apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            reader.Tag(XdlmsTag.EventNotificationRequest);
            CosemDateTime time = reader.OptionalFlag() ? ReadTime(buffer, ref reader) : null;
            CosemAttributeDescriptor attribute = reader.Attribute();
            DlmsData value = reader.Data(decoder);
            apdu = reader.Finish() ? new EventNotificationRequest(time, attribute, value) : null;
            return reader.Result;
        }

        /// <summary>The content of the time OCTET STRING, once its usage flag said it is present.</summary>
        private static CosemDateTime ReadTime(byte[] buffer, ref XdlmsReader reader)
        {
            int length;
            int start = reader.OctetString(out length);

            // The time is a date-time, 12 octets (Green Book ed. 9, 4.1.6.1); any other length is not one.
            if (length != CosemDateTime.Size)
            {
                reader.Fail(XdlmsResult.Malformed);
            }

            return reader.Ok ? CosemDateTime.Read(buffer, start) : null;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            buffer[offset] = XdlmsTag.EventNotificationRequest;
            int position = offset + 1;
            if (_time == null)
            {
                buffer[position] = 0;
                position++;
            }
            else
            {
                buffer[position] = 1;
                buffer[position + 1] = CosemDateTime.Size;
                _time.Write(buffer, position + 2);
                position += 2 + CosemDateTime.Size;
            }

            position = _attribute.Write(buffer, position);
            return XdlmsCodec.WriteData(_value, buffer, position) - offset;
        }
    }
}
