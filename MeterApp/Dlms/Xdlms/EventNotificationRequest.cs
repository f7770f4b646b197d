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
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int position = offset;
            int end = offset + count;
            byte tag;
            XdlmsResult result = XdlmsCodec.ReadByte(buffer, ref position, end, out tag);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            if (tag != XdlmsTag.EventNotificationRequest)
            {
                return XdlmsResult.UnknownTag;
            }

            CosemDateTime time;
            result = ReadTime(buffer, ref position, end, out time);
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

            DlmsData value;
            result = XdlmsCodec.ReadData(decoder, buffer, ref position, end, out value);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            result = XdlmsCodec.Finish(position, end);
            if (result == XdlmsResult.Ok)
            {
                apdu = new EventNotificationRequest(time, attribute, value);
            }

            return result;
        }

        private static XdlmsResult ReadTime(byte[] buffer, ref int position, int end, out CosemDateTime time)
        {
            time = null;
            bool present;
            XdlmsResult result = XdlmsCodec.ReadOptionalFlag(buffer, ref position, end, out present);
            if (result != XdlmsResult.Ok || !present)
            {
                return result;
            }

            int start;
            int length;
            result = XdlmsCodec.ReadOctetString(buffer, ref position, end, out start, out length);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            // The time is a date-time, 12 octets (Green Book ed. 9, 4.1.6.1); any other length is not one.
            if (length != CosemDateTime.Size)
            {
                return XdlmsResult.Malformed;
            }

            time = CosemDateTime.Read(buffer, start);
            return XdlmsResult.Ok;
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
