namespace Meter.Dlms.Acse
{
    /// <summary>
    /// The fields AARQ and AARE share (ISO 8650-1 as DLMS profiles it, Green Book 9.4.2.2):
    /// protocol-version [0] and application-context-name [1] at the head; then the peer's AP-title,
    /// AE-qualifier, ACSE-requirements, mechanism-name and authentication-value, numbered [6], [7],
    /// [10], [11], [12] in the AARQ (calling, sender) and two lower, [4], [5], [8], [9], [10], in the
    /// AARE (responding, responder); user-information [30] last. Each reader checks the field's
    /// form first; each writer takes the number of the AP-title field.
    /// </summary>
    internal static class AssociationFields
    {
        /// <summary>Number of the AARQ's calling-AP-title field.</summary>
        public const int AarqApTitle = 6;

        /// <summary>Number of the AARE's responding-AP-title field.</summary>
        public const int AareApTitle = 4;

        /// <summary>protocol-version [0]: only version1 is supported; <paramref name="present"/> once the field has the right form.</summary>
        public static AcseError ReadProtocolVersion(byte[] buffer, int tag, int start, int length, out bool present)
        {
            present = false;
            AcseError error = AcseFields.CheckForm(tag, false);
            if (error != AcseError.None)
            {
                return error;
            }

            present = true;
            bool version1;
            error = AcseFields.ReadFirstBit(buffer, start, length, out version1);
            return error == AcseError.None && !version1 ? AcseError.UnsupportedProtocolVersion : error;
        }

        /// <summary>application-context-name [1], a mandatory field: counted in <paramref name="mandatorySeen"/>.</summary>
        public static AcseError ReadApplicationContext(byte[] buffer, int tag, int start, int length, out ApplicationContextName name, ref int mandatorySeen)
        {
            name = ApplicationContextName.LogicalName;
            AcseError error = AcseFields.CheckForm(tag, true);
            if (error != AcseError.None)
            {
                return error;
            }

            mandatorySeen++;
            return AcseFields.ReadApplicationContext(buffer, start, length, out name);
        }

        /// <summary>AP-title: the 8-octet system title.</summary>
        public static AcseError ReadApTitle(byte[] buffer, int tag, int start, int length, out byte[] title)
        {
            title = null;
            AcseError error = AcseFields.CheckForm(tag, true);
            return error != AcseError.None ? error : AcseFields.ReadSystemTitle(buffer, start, length, out title);
        }

        /// <summary>AE-qualifier: OCTET STRING content.</summary>
        public static AcseError ReadAeQualifier(byte[] buffer, int tag, int start, int length, out byte[] qualifier)
        {
            qualifier = null;
            AcseError error = AcseFields.CheckForm(tag, true);
            return error != AcseError.None ? error : AcseFields.ReadWrappedOctets(buffer, start, length, AcseTag.OctetString, length, AcseError.BadValue, out qualifier);
        }

        /// <summary>ACSE-requirements: the authentication bit.</summary>
        public static AcseError ReadRequirements(byte[] buffer, int tag, int start, int length, out bool authentication)
        {
            authentication = false;
            AcseError error = AcseFields.CheckForm(tag, false);
            return error != AcseError.None ? error : AcseFields.ReadFirstBit(buffer, start, length, out authentication);
        }

        /// <summary>mechanism-name; <paramref name="present"/> once the field has the right form.</summary>
        public static AcseError ReadMechanismName(byte[] buffer, int tag, int start, int length, out bool present, out MechanismName mechanism)
        {
            present = false;
            mechanism = MechanismName.None;
            AcseError error = AcseFields.CheckForm(tag, false);
            if (error != AcseError.None)
            {
                return error;
            }

            present = true;
            return AcseFields.ReadMechanism(buffer, start, length, out mechanism);
        }

        /// <summary>authentication-value: the charstring alternative.</summary>
        public static AcseError ReadAuthenticationValue(byte[] buffer, int tag, int start, int length, out byte[] value)
        {
            value = null;
            AcseError error = AcseFields.CheckForm(tag, true);
            return error != AcseError.None ? error : AcseFields.ReadAuthenticationValue(buffer, start, length, out value);
        }

        /// <summary>user-information [30]: at most <paramref name="maxLength"/> octets.</summary>
        public static AcseError ReadUserInformation(byte[] buffer, int tag, int start, int length, int maxLength, out byte[] value)
        {
            value = null;
            AcseError error = AcseFields.CheckForm(tag, true);
            return error != AcseError.None ? error : AcseFields.ReadUserInformation(buffer, start, length, maxLength, out value);
        }

        /// <summary>True when the names are values the decoder accepts and an AP-title, if any, is a system title.</summary>
        public static bool AreEncodable(ApplicationContextName context, bool hasMechanism, MechanismName mechanism, byte[] apTitle)
        {
            return AcseFields.AreNamesEncodable(context, hasMechanism, mechanism)
                && (apTitle == null || apTitle.Length == AcseFields.SystemTitleLength);
        }

        /// <summary>Size of the head: protocol-version when present, application-context-name.</summary>
        public static int HeadSize(bool hasProtocolVersion)
        {
            return (hasProtocolVersion ? AcseFields.FirstBitSize : 0) + AcseFields.ApplicationContextSize;
        }

        /// <summary>Writes the head; returns the position after it.</summary>
        public static int WriteHead(byte[] buffer, int position, bool hasProtocolVersion, ApplicationContextName context)
        {
            if (hasProtocolVersion)
            {
                position = AcseFields.WriteFirstBit(buffer, position, 0x80);
            }

            return AcseFields.WriteApplicationContext(buffer, position, context);
        }

        /// <summary>Size of the fields from the AP-title on (absent ones take nothing).</summary>
        public static int TailSize(byte[] apTitle, byte[] aeQualifier, bool authentication, bool hasMechanism, byte[] authenticationValue, byte[] userInformation)
        {
            return AcseFields.OptionalWrappedSize(apTitle)
                + AcseFields.OptionalWrappedSize(aeQualifier)
                + (authentication ? AcseFields.FirstBitSize : 0)
                + (hasMechanism ? AcseFields.MechanismSize : 0)
                + AcseFields.OptionalWrappedSize(authenticationValue)
                + AcseFields.OptionalWrappedSize(userInformation);
        }

        /// <summary>Writes the fields from the AP-title (field number <paramref name="apTitleNumber"/>) on.</summary>
        public static void WriteTail(byte[] buffer, int position, int apTitleNumber, byte[] apTitle, byte[] aeQualifier, bool authentication, bool hasMechanism, MechanismName mechanism, byte[] authenticationValue, byte[] userInformation)
        {
            int constructed = AcseTag.ContextClass | AcseTag.Constructed;
            position = AcseFields.WriteOptionalWrapped(buffer, position, constructed | apTitleNumber, AcseTag.OctetString, apTitle);
            position = AcseFields.WriteOptionalWrapped(buffer, position, constructed | (apTitleNumber + 1), AcseTag.OctetString, aeQualifier);
            if (authentication)
            {
                position = AcseFields.WriteFirstBit(buffer, position, AcseTag.ContextClass | (apTitleNumber + 4));
            }

            if (hasMechanism)
            {
                position = AcseFields.WriteMechanism(buffer, position, AcseTag.ContextClass | (apTitleNumber + 5), mechanism);
            }

            position = AcseFields.WriteOptionalWrapped(buffer, position, constructed | (apTitleNumber + 6), 0x80, authenticationValue);
            AcseFields.WriteOptionalWrapped(buffer, position, 0xBE, AcseTag.OctetString, userInformation);
        }
    }
}
