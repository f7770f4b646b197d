using System;

namespace Meter.Hal.Board
{
    /// <summary>What a board's silicon or firmware accelerates; the crypto HAL picks providers from it.</summary>
    [Flags]
    public enum CryptoCapabilities
    {
        None = 0,
        /// <summary>Native AES through System.Security.Cryptography.Aes (ECB/CBC).</summary>
        AesNative = 1,
        /// <summary>Native HMAC-SHA256/512 through System.Security.Cryptography.</summary>
        HmacNative = 2,
        /// <summary>SHA-2 from a custom firmware's interop assembly.</summary>
        ShaInterop = 4,
        /// <summary>ECDSA/ECDH from a custom firmware's interop assembly.</summary>
        EccInterop = 8,
        /// <summary>AES-GCM from a custom firmware's interop assembly.</summary>
        GcmInterop = 16,
        /// <summary>A hardware TRNG behind System.Random.</summary>
        HardwareTrng = 32,
    }
}
