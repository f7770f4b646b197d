namespace Meter.Dlms.Acse
{
    /// <summary>BER identifier octets of the ACSE APDUs (IEC 62056-5-3 / Green Book 9.4.2, ISO 8650-1).</summary>
    public static class AcseTag
    {
        /// <summary>[APPLICATION 0] AARQ-apdu.</summary>
        public const byte Aarq = 0x60;

        /// <summary>[APPLICATION 1] AARE-apdu.</summary>
        public const byte Aare = 0x61;

        /// <summary>[APPLICATION 2] RLRQ-apdu.</summary>
        public const byte Rlrq = 0x62;

        /// <summary>[APPLICATION 3] RLRE-apdu.</summary>
        public const byte Rlre = 0x63;

        /// <summary>Universal INTEGER.</summary>
        public const byte Integer = 0x02;

        /// <summary>Universal OCTET STRING.</summary>
        public const byte OctetString = 0x04;

        /// <summary>Universal OBJECT IDENTIFIER.</summary>
        public const byte ObjectIdentifier = 0x06;

        /// <summary>Class bits of a context-specific tag (X.690 8.1.2.2).</summary>
        public const int ContextClass = 0x80;

        /// <summary>The constructed bit (X.690 8.1.2.5).</summary>
        public const int Constructed = 0x20;
    }
}
