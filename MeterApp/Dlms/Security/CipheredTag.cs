namespace Meter.Dlms.Security
{
    /// <summary>
    /// Tags of the ciphered xDLMS APDUs (Green Book ed. 9, 9.5 xDLMS ASN.1; IEC 62056-5-3) and
    /// their plain counterparts. glo-* use the global key; ded-* (get/set/event/action only) the
    /// dedicated key, and are the glo tag + 0x08.
    /// </summary>
    public static class CipheredTag
    {
        /// <summary>glo-initiateRequest (plain InitiateRequest 0x01).</summary>
        public const byte GloInitiateRequest = 0x21;

        /// <summary>glo-initiateResponse (plain InitiateResponse 0x08).</summary>
        public const byte GloInitiateResponse = 0x28;

        /// <summary>glo-confirmedServiceError (plain ConfirmedServiceError 0x0E).</summary>
        public const byte GloConfirmedServiceError = 0x2E;

        /// <summary>glo-get-request (plain 0xC0).</summary>
        public const byte GloGetRequest = 0xC8;

        /// <summary>glo-set-request (plain 0xC1).</summary>
        public const byte GloSetRequest = 0xC9;

        /// <summary>glo-event-notification-request (plain 0xC2).</summary>
        public const byte GloEventNotification = 0xCA;

        /// <summary>glo-action-request (plain 0xC3).</summary>
        public const byte GloActionRequest = 0xCB;

        /// <summary>glo-get-response (plain 0xC4).</summary>
        public const byte GloGetResponse = 0xCC;

        /// <summary>glo-set-response (plain 0xC5).</summary>
        public const byte GloSetResponse = 0xCD;

        /// <summary>glo-action-response (plain 0xC7).</summary>
        public const byte GloActionResponse = 0xCF;

        /// <summary>ded-get-request; every ded tag is its glo tag + <see cref="DedicatedOffset"/>.</summary>
        public const byte DedGetRequest = 0xD0;

        /// <summary>general-glo-ciphering: carries the sender's system title.</summary>
        public const byte GeneralGloCiphering = 0xDB;

        /// <summary>Distance from a glo tag to its ded tag.</summary>
        public const int DedicatedOffset = 0x08;

        /// <summary>The glo tag of a plain APDU tag, or -1 if it has none.</summary>
        public static int GloOf(byte plainTag)
        {
            switch (plainTag)
            {
                case 0x01:
                case 0x08:
                case 0x0E:
                    return plainTag + 0x20;
                case 0xC0:
                case 0xC1:
                case 0xC2:
                case 0xC3:
                case 0xC4:
                case 0xC5:
                case 0xC7:
                    return plainTag + 0x08;
                default:
                    return -1;
            }
        }

        /// <summary>The ded tag of a plain APDU tag (get/set/event/action family only), or -1.</summary>
        public static int DedOf(byte plainTag)
        {
            return plainTag >= 0xC0 && plainTag <= 0xC7 && plainTag != 0xC6 ? plainTag + 0x10 : -1;
        }

        /// <summary>The plain tag a glo or ded tag announces, or -1 if <paramref name="cipheredTag"/> is neither.</summary>
        public static int PlainOf(byte cipheredTag)
        {
            switch (cipheredTag)
            {
                case GloInitiateRequest:
                case GloInitiateResponse:
                case GloConfirmedServiceError:
                    return cipheredTag - 0x20;
            }

            if (cipheredTag >= 0xC8 && cipheredTag <= 0xCF && cipheredTag != 0xCE)
            {
                return cipheredTag - 0x08;
            }

            if (cipheredTag >= 0xD0 && cipheredTag <= 0xD7 && cipheredTag != 0xD6)
            {
                return cipheredTag - 0x10;
            }

            return -1;
        }

        /// <summary>True for a ded-* tag (protected with the dedicated key).</summary>
        public static bool IsDedicated(byte cipheredTag)
        {
            return cipheredTag >= 0xD0 && cipheredTag <= 0xD7 && cipheredTag != 0xD6;
        }
    }
}
