namespace Meter.Hal.Crypto.Keys
{
    /// <summary>What a key is. The numbers are stored in key records: never renumber.</summary>
    public enum KeyType
    {
        Aes128 = 1,
        Aes256 = 2,

        /// <summary>A P-256 key pair (ECDSA or ECDH by usage).</summary>
        EcP256 = 3,

        /// <summary>A P-384 key pair (ECDSA or ECDH by usage).</summary>
        EcP384 = 4,
    }
}
