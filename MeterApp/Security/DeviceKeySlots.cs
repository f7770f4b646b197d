using Meter.Hal.Crypto.Keys;

namespace Meter.Security
{
    /// <summary>
    /// The meter's own key pairs, generated on the device at first boot (never injected, never
    /// exported): ECDSA for signing (readings, attestation; DLMS suites 1 and 2) and ECDH for key
    /// agreement, on P-256 (suite 1) and P-384 (suite 2). Slot numbers are stored: never renumber.
    /// </summary>
    public static class DeviceKeySlots
    {
        public const ushort SigningP256 = 1;
        public const ushort SigningP384 = 2;
        public const ushort AgreementP256 = 3;
        public const ushort AgreementP384 = 4;

        /// <summary>Number of device key pairs (slots 1 to Count).</summary>
        public const int Count = 4;

        public static KeyType TypeOf(ushort slot)
        {
            return slot == SigningP384 || slot == AgreementP384 ? KeyType.EcP384 : KeyType.EcP256;
        }

        public static KeyUsage UsageOf(ushort slot)
        {
            return slot <= SigningP384 ? KeyUsage.Sign : KeyUsage.KeyAgreement;
        }

        public static string NameOf(ushort slot)
        {
            switch (slot)
            {
                case SigningP256: return "ECDSA P-256";
                case SigningP384: return "ECDSA P-384";
                case AgreementP256: return "ECDH P-256";
                case AgreementP384: return "ECDH P-384";
                default: return "slot " + slot.ToString();
            }
        }
    }
}
