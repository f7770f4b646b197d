namespace Meter.Hal.Crypto
{
    /// <summary>The algorithms a crypto provider may implement; providers are chosen per algorithm.</summary>
    public enum CryptoAlgorithm
    {
        /// <summary>AES-128/256 block function (<see cref="IAesEngine"/>); AES key wrap runs on it.</summary>
        Aes = 0,
        AesGcm = 1,
        Sha256 = 2,
        Sha384 = 3,
        HmacSha256 = 4,
        HmacSha384 = 5,
        EcdsaP256 = 6,
        EcdsaP384 = 7,
        EcdhP256 = 8,
        EcdhP384 = 9,
    }
}
