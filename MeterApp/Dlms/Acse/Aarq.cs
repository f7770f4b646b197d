namespace Meter.Dlms.Acse
{
    /// <summary>AARQ-apdu, the association request (IEC 62056-5-3 / Green Book 9.4.2.2, ISO 8650-1),
    /// with the fields DLMS uses. Optional byte-array fields are null when absent. The fields
    /// DLMS leaves unused (called-AP-title, invocation identifiers, implementation-information)
    /// and unknown context tags are skipped on decode, as ACSE-1's extension markers require, and
    /// never encoded.</summary>
    public sealed class Aarq : IAcseFieldDecoder
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
            AcseError error = AcseFields.DecodeApdu(buffer, offset, count, AcseTag.Aarq, maxUserInformationLength, this, 1);
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
            if (!AssociationFields.AreEncodable(ApplicationContext, HasMechanismName, Mechanism, CallingApTitle))
            {
                return AcseError.BadValue;
            }

            int content = AssociationFields.HeadSize(HasProtocolVersion)
                + AssociationFields.TailSize(CallingApTitle, CallingAeQualifier, Authentication, HasMechanismName, CallingAuthenticationValue, UserInformation);
            AcseError error = AcseFields.CheckEncodeRoom(buffer, offset, content, out written);
            if (error != AcseError.None)
            {
                return error;
            }

            int p = BerWriter.WriteHeader(buffer, offset, AcseTag.Aarq, content);
            p = AssociationFields.WriteHead(buffer, p, HasProtocolVersion, ApplicationContext);
            AssociationFields.WriteTail(buffer, p, AssociationFields.AarqApTitle, CallingApTitle, CallingAeQualifier, Authentication, HasMechanismName, Mechanism, CallingAuthenticationValue, UserInformation);
            return AcseError.None;
        }

        AcseError IAcseFieldDecoder.DecodeField(byte[] buffer, int tag, int start, int length, int maxUserInformationLength, ref int mandatorySeen)
        {
            switch (tag & 0x1F)
            {
                case 0:
                    return AssociationFields.ReadProtocolVersion(buffer, tag, start, length, out HasProtocolVersion);
                case 1:
                    return AssociationFields.ReadApplicationContext(buffer, tag, start, length, out ApplicationContext, ref mandatorySeen);
                case 6:
                    return AssociationFields.ReadApTitle(buffer, tag, start, length, out CallingApTitle);
                case 7:
                    return AssociationFields.ReadAeQualifier(buffer, tag, start, length, out CallingAeQualifier);
                case 10:
                    return AssociationFields.ReadRequirements(buffer, tag, start, length, out Authentication);
                case 11:
                    return AssociationFields.ReadMechanismName(buffer, tag, start, length, out HasMechanismName, out Mechanism);
                case 12:
                    return AssociationFields.ReadAuthenticationValue(buffer, tag, start, length, out CallingAuthenticationValue);
                case 30:
                    return AssociationFields.ReadUserInformation(buffer, tag, start, length, maxUserInformationLength, out UserInformation);
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
