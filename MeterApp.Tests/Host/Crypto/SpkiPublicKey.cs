using Meter.Hal.Crypto;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// Test-side reader for DER SubjectPublicKeyInfo (RFC 5480) holding an uncompressed point on a
    /// named curve, as Wycheproof's ECDH vectors give peer keys. DER is canonical, so exactly one
    /// byte string encodes such a key: the fixed prefix below, then X‖Y. Anything else (BER
    /// lengths, explicit curve parameters, other OIDs, compressed points, trailing bytes) is
    /// rejected; point decompression is deliberately not implemented.
    /// </summary>
    public static class SpkiPublicKey
    {
        // SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (0 unused bits) 04 }
        private static readonly byte[] P256Prefix =
        {
            0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
            0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04,
        };

        // SEQUENCE { SEQUENCE { id-ecPublicKey, secp384r1 }, BIT STRING (0 unused bits) 04 }
        private static readonly byte[] P384Prefix =
        {
            0x30, 0x76, 0x30, 0x10, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
            0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22, 0x03, 0x62, 0x00, 0x04,
        };

        /// <summary>
        /// Copies X‖Y of <paramref name="der"/> into <paramref name="publicKey"/> (2 × field size) when it is
        /// exactly the DER of an uncompressed <paramref name="curve"/> key; false otherwise. Bounded by the lengths given.
        /// </summary>
        public static bool TryRead(EcCurve curve, byte[] der, byte[] publicKey)
        {
            byte[] prefix = curve == EcCurve.P256 ? P256Prefix : P384Prefix;
            int size = curve == EcCurve.P256 ? 32 : 48;
            if (der == null || publicKey == null || publicKey.Length != 2 * size || der.Length != prefix.Length + 2 * size)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (der[i] != prefix[i])
                {
                    return false;
                }
            }

            System.Array.Copy(der, prefix.Length, publicKey, 0, 2 * size);
            return true;
        }
    }
}
