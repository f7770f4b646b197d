namespace Meter.Dlms.Acse
{
    /// <summary>AARQ-apdu, the association request (IEC 62056-5-3 / Green Book 9.4.2.2, ISO 8650-1),
    /// with the fields DLMS uses. Optional byte-array fields are null when absent. The fields
    /// DLMS leaves unused (called-AP-title, invocation identifiers, implementation-information)
    /// and unknown context tags are skipped on decode, as ACSE-1's extension markers require, and
    /// never encoded.</summary>
    public sealed class Aarq
    {
        /// <summary>protocol-version [0] present (encoded 80 02 07 80, version1); absent means the default version1.</summary>
        public bool HasProtocolVersion;

        /// <summary>application-context-name [1] (mandatory).</summary>
        public ApplicationContextName ApplicationContext = ApplicationContextName.LogicalName;

        /// <summary>calling-AP-title [6]: the client system title (8 octets), needed with ciphering and HLS; null when absent.</summary>
        public byte[] CallingApTitle;

        /// <summary>calling-AE-qualifier [7]: OCTET STRING content (e.g. a certificate); null when absent.</summary>
        public byte[] CallingAeQualifier;

        /// <summary>sender-acse-requirements [10] with the authentication bit set (8A 02 07 80); a field present without the bit decodes as false and is not re-encoded.</summary>
        public bool Authentication;

        /// <summary>mechanism-name [11] present.</summary>
        public bool HasMechanismName;

        /// <summary>mechanism-name [11] value.</summary>
        public MechanismName Mechanism;

        /// <summary>calling-authentication-value [12] charstring: the LLS password or the HLS CtoS challenge; null when absent.</summary>
        public byte[] CallingAuthenticationValue;

        /// <summary>user-information [30]: the xDLMS InitiateRequest, plain or glo-ciphered, opaque here; null when absent.</summary>
        public byte[] UserInformation;

        /// <summary>Decodes an AARQ that fills buffer[offset, offset+count) exactly. Every field is
        /// replaced (absent fields become null/false). Never throws on bad input.</summary>
        public AcseError Decode(byte[] buffer, int offset, int count, int maxUserInformationLength)
        {
            Clear();
            int position;
            int end;
            AcseError error = AcseFields.OpenApdu(buffer, offset, count, AcseTag.Aarq, out position, out end);
            bool haveContext = false;
            int lastNumber = -1;
            while (error == AcseError.None && position < end)
            {
                int tag;
                int start;
                int length;
                error = AcseFields.NextField(buffer, ref position, end, ref lastNumber, out tag, out start, out length);
                if (error == AcseError.None)
                {
                    error = DecodeField(buffer, tag, start, length, maxUserInformationLength, ref haveContext);
                }
            }

            if (error == AcseError.None && !haveContext)
            {
                error = AcseError.MissingField;
            }

            if (error != AcseError.None)
            {
                Clear();
            }

            return error;
        }

        /// <summary>Encodes into buffer at offset; <paramref name="written"/> is the APDU length.</summary>
        public AcseError Encode(byte[] buffer, int offset, out int written)
        {
            written = 0;
            if (!AcseFields.AreNamesEncodable(ApplicationContext, HasMechanismName, Mechanism)
                || (CallingApTitle != null && CallingApTitle.Length != AcseFields.SystemTitleLength))
            {
                return AcseError.BadValue;
            }

            int content = (HasProtocolVersion ? AcseFields.FirstBitSize : 0)
                + AcseFields.ApplicationContextSize
                + AcseFields.OptionalWrappedSize(CallingApTitle)
                + AcseFields.OptionalWrappedSize(CallingAeQualifier)
                + (Authentication ? AcseFields.FirstBitSize : 0)
                + (HasMechanismName ? AcseFields.MechanismSize : 0)
                + AcseFields.OptionalWrappedSize(CallingAuthenticationValue)
                + AcseFields.OptionalWrappedSize(UserInformation);
            AcseError error = AcseFields.CheckEncodeRoom(buffer, offset, content, out written);
            if (error != AcseError.None)
            {
                return error;
            }

            int p = BerWriter.WriteHeader(buffer, offset, AcseTag.Aarq, content);
            if (HasProtocolVersion)
            {
                p = AcseFields.WriteFirstBit(buffer, p, 0x80);
            }

            p = AcseFields.WriteApplicationContext(buffer, p, ApplicationContext);
            p = AcseFields.WriteOptionalWrapped(buffer, p, 0xA6, AcseTag.OctetString, CallingApTitle);
            p = AcseFields.WriteOptionalWrapped(buffer, p, 0xA7, AcseTag.OctetString, CallingAeQualifier);
            if (Authentication)
            {
                p = AcseFields.WriteFirstBit(buffer, p, 0x8A);
            }

            if (HasMechanismName)
            {
                p = AcseFields.WriteMechanism(buffer, p, 0x8B, Mechanism);
            }

            p = AcseFields.WriteOptionalWrapped(buffer, p, 0xAC, 0x80, CallingAuthenticationValue);
            AcseFields.WriteOptionalWrapped(buffer, p, 0xBE, AcseTag.OctetString, UserInformation);
            return AcseError.None;
        }

        private AcseError DecodeField(byte[] buffer, int tag, int start, int length, int maxUserInformationLength, ref bool haveContext)
        {
            AcseError error;
            bool bit;
            switch (tag & 0x1F)
            {
                case 0:
                    error = AcseFields.CheckForm(tag, false);
                    if (error == AcseError.None)
                    {
                        error = AcseFields.ReadFirstBit(buffer, start, length, out bit);
                        if (error == AcseError.None && !bit)
                        {
                            error = AcseError.UnsupportedProtocolVersion;
                        }

                        HasProtocolVersion = true;
                    }

                    return error;
                case 1:
                    error = AcseFields.CheckForm(tag, true);
                    if (error == AcseError.None)
                    {
                        error = AcseFields.ReadApplicationContext(buffer, start, length, out ApplicationContext);
                        haveContext = true;
                    }

                    return error;
                case 6:
                    error = AcseFields.CheckForm(tag, true);
                    return error != AcseError.None ? error : AcseFields.ReadSystemTitle(buffer, start, length, out CallingApTitle);
                case 7:
                    error = AcseFields.CheckForm(tag, true);
                    return error != AcseError.None ? error : AcseFields.ReadWrappedOctets(buffer, start, length, AcseTag.OctetString, length, AcseError.BadValue, out CallingAeQualifier);
                case 10:
                    error = AcseFields.CheckForm(tag, false);
                    return error != AcseError.None ? error : AcseFields.ReadFirstBit(buffer, start, length, out Authentication);
                case 11:
                    error = AcseFields.CheckForm(tag, false);
                    if (error == AcseError.None)
                    {
                        error = AcseFields.ReadMechanism(buffer, start, length, out Mechanism);
                        HasMechanismName = true;
                    }

                    return error;
                case 12:
                    error = AcseFields.CheckForm(tag, true);
                    return error != AcseError.None ? error : AcseFields.ReadAuthenticationValue(buffer, start, length, out CallingAuthenticationValue);
                case 30:
                    error = AcseFields.CheckForm(tag, true);
                    return error != AcseError.None ? error : AcseFields.ReadUserInformation(buffer, start, length, maxUserInformationLength, out UserInformation);
                default:
                    // [2]..[5], [8], [9], [13] are not used by DLMS; higher numbers are extensions. Skipped.
                    return AcseError.None;
            }
        }

        private void Clear()
        {
            HasProtocolVersion = false;
            ApplicationContext = ApplicationContextName.LogicalName;
            CallingApTitle = null;
            CallingAeQualifier = null;
            Authentication = false;
            HasMechanismName = false;
            Mechanism = MechanismName.None;
            CallingAuthenticationValue = null;
            UserInformation = null;
        }
    }
}
