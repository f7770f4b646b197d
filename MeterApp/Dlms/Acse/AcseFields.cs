namespace Meter.Dlms.Acse
{
    /// <summary>Readers and writers for the field shapes the ACSE APDUs share (Green Book 9.4.2,
    /// ISO 8650-1 as DLMS profiles it). Every reader is bounded by the field's own length.</summary>
    internal static class AcseFields
    {
        /// <summary>Family arc of 2.16.756.5.8.1.x application context names.</summary>
        public const int ContextFamily = 1;

        /// <summary>Family arc of 2.16.756.5.8.2.x mechanism names.</summary>
        public const int MechanismFamily = 2;

        /// <summary>A1 09 06 07 + seven OID octets.</summary>
        public const int ApplicationContextSize = 11;

        /// <summary>Tag, length 07 and seven OID octets.</summary>
        public const int MechanismSize = 9;

        /// <summary>Tag, length 02, unused-bits 07, 0x80: a BIT STRING whose first bit is set.</summary>
        public const int FirstBitSize = 4;

        /// <summary>DLMS system titles are eight octets (Green Book 9.2.4.8.3).</summary>
        public const int SystemTitleLength = 8;

        /// <summary>BER of 2.16.756.5.8 (joint-iso-ccitt country(16) ch(756) identified-organization(5) DLMS-UA(8)).</summary>
        private static readonly byte[] DlmsUaArcs = new byte[] { 0x60, 0x85, 0x74, 0x05, 0x08 };

        /// <summary>Opens the APDU with identifier <paramref name="apduTag"/>, which must fill the buffer exactly.</summary>
        public static AcseError OpenApdu(byte[] buffer, int offset, int count, int apduTag, out int contentStart, out int contentEnd)
        {
            contentStart = offset;
            contentEnd = offset;
            if (buffer == null || offset < 0 || count < 0 || count > buffer.Length - offset)
            {
                return AcseError.Truncated;
            }

            int position = offset;
            int end = offset + count;
            int tag;
            int length;
            AcseError error = BerReader.ReadHeader(buffer, ref position, end, out tag, out length);
            if (error != AcseError.None)
            {
                return error;
            }

            if (tag != apduTag)
            {
                return AcseError.UnexpectedTag;
            }

            if (position + length != end)
            {
                return AcseError.TrailingBytes;
            }

            contentStart = position;
            contentEnd = end;
            return AcseError.None;
        }

        /// <summary>Decodes the APDU with identifier <paramref name="apduTag"/> that fills buffer[offset, offset+count):
        /// every field in order to <paramref name="decoder"/>, then checks that all
        /// <paramref name="mandatoryFields"/> were there.</summary>
        public static AcseError DecodeApdu(byte[] buffer, int offset, int count, int apduTag, int maxUserInformationLength, IAcseFieldDecoder decoder, int mandatoryFields)
        {
            int position;
            int end;
            AcseError error = OpenApdu(buffer, offset, count, apduTag, out position, out end);
            int seen = 0;
            int lastNumber = -1;
            while (error == AcseError.None && position < end)
            {
                int tag;
                int start;
                int length;
                error = NextField(buffer, ref position, end, ref lastNumber, out tag, out start, out length);
                if (error == AcseError.None)
                {
                    error = decoder.DecodeField(buffer, tag, start, length, maxUserInformationLength, ref seen);
                }
            }

            return error == AcseError.None && seen != mandatoryFields ? AcseError.MissingField : error;
        }

        /// <summary>Reads the next field of an APDU: a context-specific tag, numbers strictly ascending
        /// (SEQUENCE order; a duplicate is an error). <paramref name="position"/> moves past the field.</summary>
        public static AcseError NextField(byte[] buffer, ref int position, int end, ref int lastNumber, out int tag, out int valueStart, out int length)
        {
            valueStart = position;
            AcseError error = BerReader.ReadInnerHeader(buffer, ref position, end, out tag, out length);
            if (error != AcseError.None)
            {
                return error;
            }

            if ((tag & 0xC0) != AcseTag.ContextClass)
            {
                return AcseError.UnexpectedTag;
            }

            int number = tag & 0x1F;
            if (number <= lastNumber)
            {
                return AcseError.FieldOrder;
            }

            lastNumber = number;
            valueStart = position;
            position += length;
            return AcseError.None;
        }

        /// <summary>Checks the primitive/constructed form of a known field.</summary>
        public static AcseError CheckForm(int tag, bool constructed)
        {
            return ((tag & AcseTag.Constructed) != 0) == constructed ? AcseError.None : AcseError.UnexpectedTag;
        }

        /// <summary>application-context-name [1]: a constructed field holding the OBJECT IDENTIFIER 2.16.756.5.8.1.x.</summary>
        public static AcseError ReadApplicationContext(byte[] buffer, int start, int length, out ApplicationContextName name)
        {
            name = ApplicationContextName.LogicalName;
            int valueOffset;
            int valueLength;
            AcseError error = BerReader.ReadOnlyChild(buffer, start, length, AcseTag.ObjectIdentifier, out valueOffset, out valueLength);
            if (error != AcseError.None)
            {
                return error;
            }

            int id;
            if (!MatchDlmsOid(buffer, valueOffset, valueLength, ContextFamily, out id) || id < 1 || id > 4)
            {
                return AcseError.UnsupportedApplicationContext;
            }

            name = (ApplicationContextName)id;
            return AcseError.None;
        }

        /// <summary>Writes application-context-name [1] (A1 09 06 07 60 85 74 05 08 01 id).</summary>
        public static int WriteApplicationContext(byte[] buffer, int position, ApplicationContextName name)
        {
            position = BerWriter.WriteHeader(buffer, position, 0xA1, 9);
            position = BerWriter.WriteHeader(buffer, position, AcseTag.ObjectIdentifier, 7);
            return WriteDlmsOid(buffer, position, ContextFamily, (int)name);
        }

        /// <summary>mechanism-name: [IMPLICIT] OBJECT IDENTIFIER 2.16.756.5.8.2.x with x in 0..7.</summary>
        public static AcseError ReadMechanism(byte[] buffer, int start, int length, out MechanismName mechanism)
        {
            mechanism = MechanismName.None;
            int id;
            if (!MatchDlmsOid(buffer, start, length, MechanismFamily, out id) || id > 7)
            {
                return AcseError.UnsupportedMechanismName;
            }

            mechanism = (MechanismName)id;
            return AcseError.None;
        }

        /// <summary>Writes a mechanism-name field with identifier <paramref name="tag"/>.</summary>
        public static int WriteMechanism(byte[] buffer, int position, int tag, MechanismName mechanism)
        {
            position = BerWriter.WriteHeader(buffer, position, tag, 7);
            return WriteDlmsOid(buffer, position, MechanismFamily, (int)mechanism);
        }

        /// <summary>Reads the first named bit of a BIT STRING (X.690 8.6): protocol-version's version1,
        /// ACSE-requirements' authentication.</summary>
        public static AcseError ReadFirstBit(byte[] buffer, int start, int length, out bool set)
        {
            set = false;
            if (length < 1 || buffer[start] > 7 || (length == 1 && buffer[start] != 0))
            {
                return AcseError.BadValue;
            }

            set = length > 1 && (buffer[start + 1] & 0x80) != 0;
            return AcseError.None;
        }

        /// <summary>Writes a BIT STRING with only its first bit set: tag 02 07 80 (Green Book examples).</summary>
        public static int WriteFirstBit(byte[] buffer, int position, int tag)
        {
            buffer[position++] = (byte)tag;
            buffer[position++] = 0x02;
            buffer[position++] = 0x07;
            buffer[position++] = 0x80;
            return position;
        }

        /// <summary>Reads a constructed field holding one primitive TLV with identifier
        /// <paramref name="innerTag"/> of at most <paramref name="maxLength"/> octets, and copies its value.</summary>
        public static AcseError ReadWrappedOctets(byte[] buffer, int start, int length, int innerTag, int maxLength, AcseError tooLong, out byte[] value)
        {
            value = null;
            int valueOffset;
            int valueLength;
            AcseError error = BerReader.ReadOnlyChild(buffer, start, length, innerTag, out valueOffset, out valueLength);
            if (error != AcseError.None)
            {
                return error;
            }

            if (valueLength > maxLength)
            {
                return tooLong;
            }

            // Bounded above by the field and by maxLength before allocating.
            value = new byte[valueLength];
            System.Array.Copy(buffer, valueOffset, value, 0, valueLength);
            return AcseError.None;
        }

        /// <summary>Reads an AP-title field (constructed, holding an OCTET STRING): the 8-octet system title.</summary>
        public static AcseError ReadSystemTitle(byte[] buffer, int start, int length, out byte[] title)
        {
            AcseError error = ReadWrappedOctets(buffer, start, length, AcseTag.OctetString, SystemTitleLength, AcseError.BadValue, out title);
            if (error == AcseError.None && title.Length != SystemTitleLength)
            {
                title = null;
                return AcseError.BadValue;
            }

            return error;
        }

        /// <summary>Reads an authentication-value field: only the charstring [0] alternative is used by DLMS.</summary>
        public static AcseError ReadAuthenticationValue(byte[] buffer, int start, int length, out byte[] value)
        {
            return ReadWrappedOctets(buffer, start, length, 0x80, length, AcseError.BadValue, out value);
        }

        /// <summary>Reads user-information [30]: an OCTET STRING carrying the xDLMS APDU, kept opaque.</summary>
        public static AcseError ReadUserInformation(byte[] buffer, int start, int length, int maxLength, out byte[] value)
        {
            return ReadWrappedOctets(buffer, start, length, AcseTag.OctetString, maxLength, AcseError.UserInformationTooLong, out value);
        }

        /// <summary>Reads a non-negative one-octet INTEGER (0..127), the only size the ACSE enumerations need.</summary>
        public static AcseError ReadSmallInteger(byte[] buffer, int start, int length, out int value)
        {
            value = 0;
            if (length != 1 || buffer[start] > 0x7F)
            {
                return AcseError.BadValue;
            }

            value = buffer[start];
            return AcseError.None;
        }

        /// <summary>Reads a constructed field holding one INTEGER TLV.</summary>
        public static AcseError ReadWrappedInteger(byte[] buffer, int start, int length, out int value)
        {
            value = 0;
            int valueOffset;
            int valueLength;
            AcseError error = BerReader.ReadOnlyChild(buffer, start, length, AcseTag.Integer, out valueOffset, out valueLength);
            return error != AcseError.None ? error : ReadSmallInteger(buffer, valueOffset, valueLength, out value);
        }

        /// <summary>Writes a one-octet INTEGER TLV with identifier <paramref name="tag"/>.</summary>
        public static int WriteSmallInteger(byte[] buffer, int position, int tag, int value)
        {
            buffer[position++] = (byte)tag;
            buffer[position++] = 0x01;
            buffer[position++] = (byte)value;
            return position;
        }

        /// <summary>Size of an optional wrapped octet field (0 when absent).</summary>
        public static int OptionalWrappedSize(byte[] value)
        {
            return value == null ? 0 : BerWriter.WrappedSize(value.Length);
        }

        /// <summary>Writes an optional wrapped octet field when present.</summary>
        public static int WriteOptionalWrapped(byte[] buffer, int position, int outerTag, int innerTag, byte[] value)
        {
            return value == null ? position : BerWriter.WriteWrapped(buffer, position, outerTag, innerTag, value);
        }

        /// <summary>True when the context name and mechanism name are values the decoder accepts.</summary>
        public static bool AreNamesEncodable(ApplicationContextName context, bool hasMechanism, MechanismName mechanism)
        {
            return (int)context >= 1 && (int)context <= 4 && (!hasMechanism || ((int)mechanism >= 0 && (int)mechanism <= 7));
        }

        /// <summary>Checks the sizes before encoding: content fits a 0x82 length and the TLV fits the buffer.</summary>
        public static AcseError CheckEncodeRoom(byte[] buffer, int offset, int contentLength, out int total)
        {
            total = 0;
            if (contentLength > BerWriter.MaxLength)
            {
                return AcseError.ValueTooLong;
            }

            total = BerWriter.TlvSize(contentLength);
            if (buffer == null || offset < 0 || offset > buffer.Length || total > buffer.Length - offset)
            {
                total = 0;
                return AcseError.BufferTooSmall;
            }

            return AcseError.None;
        }

        private static bool MatchDlmsOid(byte[] buffer, int offset, int length, int family, out int id)
        {
            id = 0;
            if (length != 7)
            {
                return false;
            }

            for (int i = 0; i < DlmsUaArcs.Length; i++)
            {
                if (buffer[offset + i] != DlmsUaArcs[i])
                {
                    return false;
                }
            }

            if (buffer[offset + 5] != family)
            {
                return false;
            }

            id = buffer[offset + 6];
            return true;
        }

        private static int WriteDlmsOid(byte[] buffer, int position, int family, int id)
        {
            for (int i = 0; i < DlmsUaArcs.Length; i++)
            {
                buffer[position++] = DlmsUaArcs[i];
            }

            buffer[position++] = (byte)family;
            buffer[position++] = (byte)id;
            return position;
        }
    }
}
