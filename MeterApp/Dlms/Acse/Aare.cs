namespace Meter.Dlms.Acse
{
    /// <summary>AARE-apdu, the association response (IEC 62056-5-3 / Green Book 9.4.2.2, ISO 8650-1),
    /// with the fields DLMS uses. Optional byte-array fields are null when absent. Unused fields
    /// (AP/AE invocation identifiers, implementation-information) and unknown context tags are
    /// skipped on decode and never encoded.</summary>
    public sealed class Aare : IAcseFieldDecoder
    {
        /// <summary>protocol-version [0] present (encoded 80 02 07 80, version1).</summary>
        public bool HasProtocolVersion;

        /// <summary>application-context-name [1] (mandatory).</summary>
        public ApplicationContextName ApplicationContext = ApplicationContextName.LogicalName;

        /// <summary>result [2] (mandatory).</summary>
        public AssociationResult Result;

        /// <summary>result-source-diagnostic [3] CHOICE (mandatory).</summary>
        public DiagnosticSource DiagnosticSource = DiagnosticSource.ServiceUser;

        /// <summary>result-source-diagnostic value: an <see cref="AcseServiceUserDiagnostic"/> or
        /// <see cref="AcseServiceProviderDiagnostic"/> per <see cref="DiagnosticSource"/> (0..127).</summary>
        public int Diagnostic;

        /// <summary>responding-AP-title [4]: the server system title (8 octets); null when absent.</summary>
        public byte[] RespondingApTitle;

        /// <summary>responding-AE-qualifier [5]: OCTET STRING content (e.g. a certificate); null when absent.</summary>
        public byte[] RespondingAeQualifier;

        /// <summary>responder-acse-requirements [8] with the authentication bit set (88 02 07 80); a field present without the bit decodes as false and is not re-encoded.</summary>
        public bool Authentication;

        /// <summary>mechanism-name [9] present.</summary>
        public bool HasMechanismName;

        /// <summary>mechanism-name [9] value.</summary>
        public MechanismName Mechanism;

        /// <summary>responding-authentication-value [10] charstring: the HLS StoC challenge; null when absent.</summary>
        public byte[] RespondingAuthenticationValue;

        /// <summary>user-information [30]: InitiateResponse or ConfirmedServiceError (plain or ciphered), opaque here; null when absent.</summary>
        public byte[] UserInformation;

        /// <summary>Decodes an AARE that fills buffer[offset, offset+count) exactly. Every field is
        /// replaced. Never throws on bad input.</summary>
        public AcseError Decode(byte[] buffer, int offset, int count, int maxUserInformationLength)
        {
            Clear();

            // Mandatory: application-context-name, result, result-source-diagnostic.
            AcseError error = AcseFields.DecodeApdu(buffer, offset, count, AcseTag.Aare, maxUserInformationLength, this, 3);
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
            if ((int)Result < 0 || (int)Result > 2 || Diagnostic < 0 || Diagnostic > 0x7F
                || (DiagnosticSource != DiagnosticSource.ServiceUser && DiagnosticSource != DiagnosticSource.ServiceProvider)
                || !AssociationFields.AreEncodable(ApplicationContext, HasMechanismName, Mechanism, RespondingApTitle))
            {
                return AcseError.BadValue;
            }

            int content = AssociationFields.HeadSize(HasProtocolVersion)
                + 5 // A2 03 02 01 result
                + 7 // A3 05 A1|A2 03 02 01 diagnostic
                + AssociationFields.TailSize(RespondingApTitle, RespondingAeQualifier, Authentication, HasMechanismName, RespondingAuthenticationValue, UserInformation);
            AcseError error = AcseFields.CheckEncodeRoom(buffer, offset, content, out written);
            if (error != AcseError.None)
            {
                return error;
            }

            int p = BerWriter.WriteHeader(buffer, offset, AcseTag.Aare, content);
            p = AssociationFields.WriteHead(buffer, p, HasProtocolVersion, ApplicationContext);
            p = BerWriter.WriteHeader(buffer, p, 0xA2, 3);
            p = AcseFields.WriteSmallInteger(buffer, p, AcseTag.Integer, (int)Result);
            p = BerWriter.WriteHeader(buffer, p, 0xA3, 5);
            p = BerWriter.WriteHeader(buffer, p, DiagnosticSource == DiagnosticSource.ServiceProvider ? 0xA2 : 0xA1, 3);
            p = AcseFields.WriteSmallInteger(buffer, p, AcseTag.Integer, Diagnostic);
            AssociationFields.WriteTail(buffer, p, AssociationFields.AareApTitle, RespondingApTitle, RespondingAeQualifier, Authentication, HasMechanismName, Mechanism, RespondingAuthenticationValue, UserInformation);
            return AcseError.None;
        }

        AcseError IAcseFieldDecoder.DecodeField(byte[] buffer, int tag, int start, int length, int maxUserInformationLength, ref int mandatorySeen)
        {
            AcseError error;
            switch (tag & 0x1F)
            {
                case 0:
                    return AssociationFields.ReadProtocolVersion(buffer, tag, start, length, out HasProtocolVersion);
                case 1:
                    return AssociationFields.ReadApplicationContext(buffer, tag, start, length, out ApplicationContext, ref mandatorySeen);
                case 2:
                    error = AcseFields.CheckForm(tag, true);
                    return error != AcseError.None ? error : DecodeResult(buffer, start, length, ref mandatorySeen);
                case 3:
                    error = AcseFields.CheckForm(tag, true);
                    return error != AcseError.None ? error : DecodeDiagnostic(buffer, start, length, ref mandatorySeen);
                case 4:
                    return AssociationFields.ReadApTitle(buffer, tag, start, length, out RespondingApTitle);
                case 5:
                    return AssociationFields.ReadAeQualifier(buffer, tag, start, length, out RespondingAeQualifier);
                case 8:
                    return AssociationFields.ReadRequirements(buffer, tag, start, length, out Authentication);
                case 9:
                    return AssociationFields.ReadMechanismName(buffer, tag, start, length, out HasMechanismName, out Mechanism);
                case 10:
                    return AssociationFields.ReadAuthenticationValue(buffer, tag, start, length, out RespondingAuthenticationValue);
                case 30:
                    return AssociationFields.ReadUserInformation(buffer, tag, start, length, maxUserInformationLength, out UserInformation);
                default:
                    // [6], [7], [29] are not used by DLMS; others are extensions. Skipped.
                    return AcseError.None;
            }
        }

        private AcseError DecodeResult(byte[] buffer, int start, int length, ref int seen)
        {
            int value;
            AcseError error = AcseFields.ReadWrappedInteger(buffer, start, length, out value);
            if (error == AcseError.None && value > 2)
            {
                error = AcseError.BadValue;
            }

            Result = (AssociationResult)value;
            seen++;
            return error;
        }

        private AcseError DecodeDiagnostic(byte[] buffer, int start, int length, ref int seen)
        {
            // Associate-source-diagnostic ::= CHOICE { acse-service-user [1], acse-service-provider [2] }
            int position = start;
            int end = start + length;
            int tag;
            int choiceLength;
            AcseError error = BerReader.ReadInnerHeader(buffer, ref position, end, out tag, out choiceLength);
            if (error != AcseError.None)
            {
                return error;
            }

            if (tag != 0xA1 && tag != 0xA2)
            {
                return AcseError.UnexpectedTag;
            }

            if (position + choiceLength != end)
            {
                return AcseError.InnerLengthMismatch;
            }

            DiagnosticSource = tag == 0xA1 ? DiagnosticSource.ServiceUser : DiagnosticSource.ServiceProvider;
            seen++;
            return AcseFields.ReadWrappedInteger(buffer, position, choiceLength, out Diagnostic);
        }

        private void Clear()
        {
            HasProtocolVersion = false;
            ApplicationContext = ApplicationContextName.LogicalName;
            Result = AssociationResult.Accepted;
            DiagnosticSource = DiagnosticSource.ServiceUser;
            Diagnostic = 0;
            RespondingApTitle = null;
            RespondingAeQualifier = null;
            Authentication = false;
            HasMechanismName = false;
            Mechanism = MechanismName.None;
            RespondingAuthenticationValue = null;
            UserInformation = null;
        }
    }
}
