using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// What a custom firmware's crypto interop assembly (Hal/Interop) was built with, as its
    /// capability query reports it. The values are the METER_CRYPTO_FN_* bits of
    /// Hal/Interop/native/Meter_Crypto_Interop_Functions.h: change both together.
    /// </summary>
    [Flags]
    public enum InteropFunctions
    {
        None = 0,
        Sha256 = 1,
        Sha384 = 2,
        EcdsaP256 = 4,
        EcdsaP384 = 8,
        EcdhP256 = 16,
        EcdhP384 = 32,
        AesGcm = 64,
    }
}
