using Meter.Hal.Board;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Which algorithms the device-side providers may serve, from the board's
    /// <see cref="CryptoCapabilities"/> (and, for the interop provider, what the firmware reports).
    /// Kept apart from the providers, which only a device can run, so the mapping is tested on the host.
    /// </summary>
    public static class CapabilitySupport
    {
        /// <summary>
        /// The nanoFramework platform provider: AES (and GCM over it) with
        /// <see cref="CryptoCapabilities.AesNative"/>, HMAC-SHA256 with <see cref="CryptoCapabilities.HmacNative"/>.
        /// The platform has no SHA-2 class, no SHA-384 HMAC, no ECC.
        /// </summary>
        public static bool Platform(CryptoCapabilities board, CryptoAlgorithm algorithm)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.Aes:
                case CryptoAlgorithm.AesGcm:
                    return (board & CryptoCapabilities.AesNative) != 0;
                case CryptoAlgorithm.HmacSha256:
                    return (board & CryptoCapabilities.HmacNative) != 0;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The interop provider: only what the board definition enables AND the firmware reports,
        /// so a board flag without the firmware function (or the reverse) never selects it.
        /// </summary>
        public static bool Interop(CryptoCapabilities board, InteropFunctions firmware, CryptoAlgorithm algorithm)
        {
            CryptoCapabilities needed = BoardFlagFor(algorithm);
            InteropFunctions function = FunctionFor(algorithm);
            return needed != CryptoCapabilities.None
                && (board & needed) != 0
                && (firmware & function) != 0;
        }

        /// <summary>The interop function that implements <paramref name="algorithm"/>, or None (HMAC is not an interop function).</summary>
        public static InteropFunctions FunctionFor(CryptoAlgorithm algorithm)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.Sha256: return InteropFunctions.Sha256;
                case CryptoAlgorithm.Sha384: return InteropFunctions.Sha384;
                case CryptoAlgorithm.EcdsaP256: return InteropFunctions.EcdsaP256;
                case CryptoAlgorithm.EcdsaP384: return InteropFunctions.EcdsaP384;
                case CryptoAlgorithm.EcdhP256: return InteropFunctions.EcdhP256;
                case CryptoAlgorithm.EcdhP384: return InteropFunctions.EcdhP384;
                case CryptoAlgorithm.AesGcm: return InteropFunctions.AesGcm;
                default: return InteropFunctions.None;
            }
        }

        private static CryptoCapabilities BoardFlagFor(CryptoAlgorithm algorithm)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.Sha256:
                case CryptoAlgorithm.Sha384:
                    return CryptoCapabilities.ShaInterop;
                case CryptoAlgorithm.EcdsaP256:
                case CryptoAlgorithm.EcdsaP384:
                case CryptoAlgorithm.EcdhP256:
                case CryptoAlgorithm.EcdhP384:
                    return CryptoCapabilities.EccInterop;
                case CryptoAlgorithm.AesGcm:
                    return CryptoCapabilities.GcmInterop;
                default:
                    return CryptoCapabilities.None;
            }
        }
    }
}
