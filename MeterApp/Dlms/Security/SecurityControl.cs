namespace Meter.Dlms.Security
{
    /// <summary>
    /// The security control byte of the security header (Green Book ed. 9, 9.2.7.2.4; IEC 62056-5-3):
    /// bits 0-3 security suite id, 0x10 authentication, 0x20 encryption, 0x40 broadcast key, 0x80 compression.
    /// </summary>
    public static class SecurityControl
    {
        /// <summary>Bits 0-3: the security suite id.</summary>
        public const byte SuiteMask = 0x0F;

        /// <summary>The APDU carries an authentication tag.</summary>
        public const byte Authentication = 0x10;

        /// <summary>The APDU is encrypted.</summary>
        public const byte Encryption = 0x20;

        /// <summary>The global broadcast key is used instead of the unicast one.</summary>
        public const byte BroadcastKey = 0x40;

        /// <summary>The plaintext is compressed (V.44); not supported.</summary>
        public const byte Compression = 0x80;

        /// <summary>Suite 0: AES-GCM-128 (Green Book ed. 9, 9.2.7.3), the only one implemented.</summary>
        public const byte Suite0 = 0x00;

        /// <summary>Authenticated and encrypted, suite 0 (0x30).</summary>
        public const byte AuthenticatedAndEncrypted = Authentication | Encryption;

        /// <summary>The suite id of <paramref name="securityControl"/>.</summary>
        public static int SuiteOf(byte securityControl)
        {
            return securityControl & SuiteMask;
        }

        /// <summary>True if the APDU carries a tag.</summary>
        public static bool IsAuthenticated(byte securityControl)
        {
            return (securityControl & Authentication) != 0;
        }

        /// <summary>True if the APDU is encrypted.</summary>
        public static bool IsEncrypted(byte securityControl)
        {
            return (securityControl & Encryption) != 0;
        }

        /// <summary>True if the broadcast key is selected.</summary>
        public static bool UsesBroadcastKey(byte securityControl)
        {
            return (securityControl & BroadcastKey) != 0;
        }

        /// <summary>
        /// Checks <paramref name="securityControl"/> against what this implementation supports:
        /// suite 0, no compression, authentication and/or encryption, the broadcast key only when
        /// <paramref name="broadcastAllowed"/>. Returns <see cref="CipherResult.Ok"/> or the reason.
        /// </summary>
        public static CipherResult Check(byte securityControl, bool broadcastAllowed)
        {
            if ((securityControl & Compression) != 0)
            {
                return CipherResult.CompressionUnsupported;
            }

            if (SuiteOf(securityControl) != Suite0)
            {
                return CipherResult.UnsupportedSuite;
            }

            if ((securityControl & (Authentication | Encryption)) == 0)
            {
                return CipherResult.NotProtected;
            }

            if (UsesBroadcastKey(securityControl) && !broadcastAllowed)
            {
                return CipherResult.BroadcastNotAllowed;
            }

            return CipherResult.Ok;
        }
    }
}
