using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Data-Notification (Green Book ed. 9, 9.5): 0F, long-invoke-id-and-priority Unsigned32, date-time
    /// OCTET STRING (A-XDR length then content: 00 when absent, 0C and the 12-byte COSEM date-time
    /// when present), notification-body Data. Used for unconfirmed pushes. Immutable.
    /// </summary>
    public sealed class DataNotification
    {
        private readonly uint _longInvokeIdAndPriority;
        private readonly CosemDateTime _dateTime;
        private readonly DlmsData _body;

        /// <summary>A notification; <paramref name="dateTime"/> may be null (absent).</summary>
        public DataNotification(uint longInvokeIdAndPriority, CosemDateTime dateTime, DlmsData body)
        {
            if (body == null)
            {
                throw new System.ArgumentNullException("body");
            }

            _longInvokeIdAndPriority = longInvokeIdAndPriority;
            _dateTime = dateTime;
            _body = body;
        }

        /// <summary>
        /// Long-Invoke-Id-And-Priority: bits 0-23 invoke id, bit 28 self-descriptive, bit 29 break on
        /// error, bit 30 confirmed, bit 31 high priority.
        /// </summary>
        public uint LongInvokeIdAndPriority
        {
            get { return _longInvokeIdAndPriority; }
        }

        /// <summary>The time stamp, or null when absent.</summary>
        public CosemDateTime DateTime
        {
            get { return _dateTime; }
        }

        /// <summary>The notification body.</summary>
        public DlmsData Body
        {
            get { return _body; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 1 + 4 + 1 + (_dateTime == null ? 0 : CosemDateTime.Size) + AxdrEncoder.Size(_body); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out DataNotification apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            reader.Tag(XdlmsTag.DataNotification);
            uint longInvokeIdAndPriority = reader.UInt32();
            CosemDateTime dateTime = ReadDateTime(buffer, ref reader);
            DlmsData body = reader.Data(decoder);
            apdu = reader.Finish() ? new DataNotification(longInvokeIdAndPriority, dateTime, body) : null;
            return reader.Result;
        }

        /// <summary>The date-time OCTET STRING: a length byte, then nothing (00, absent) or the 12-byte date-time (0C).</summary>
        private static CosemDateTime ReadDateTime(byte[] buffer, ref XdlmsReader reader)
        {
            byte length = reader.Byte();
            if (length == CosemDateTime.Size)
            {
                int start = reader.Take(CosemDateTime.Size);
                return reader.Ok ? CosemDateTime.Read(buffer, start) : null;
            }

            if (length != 0)
            {
                // A date-time is 12 octets (Green Book 4.1.6.1); any other length is not one.
                reader.Fail(XdlmsResult.Malformed);
            }

            return null;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            buffer[offset] = XdlmsTag.DataNotification;
            BigEndian.WriteUInt32(buffer, offset + 1, _longInvokeIdAndPriority);
            int position = offset + 5;
            if (_dateTime == null)
            {
                buffer[position] = 0;
                position++;
            }
            else
            {
                buffer[position] = CosemDateTime.Size;
                _dateTime.Write(buffer, position + 1);
                position += 1 + CosemDateTime.Size;
            }

            return XdlmsCodec.WriteData(_body, buffer, position) - offset;
        }
    }
}
