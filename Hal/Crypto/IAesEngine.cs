namespace Meter.Hal.Crypto
{
    /// <summary>
    /// The AES block function (FIPS 197) under one expanded key, on whole 16-byte blocks (ECB).
    /// Modes (GCM, key wrap) are built on top of it. Taking many blocks per call lets a provider
    /// whose AES is native (nanoFramework's Aes, an accelerator) cross into native code once per
    /// message instead of once per block.
    /// </summary>
    public interface IAesEngine
    {
        /// <summary>16 for AES-128, 32 for AES-256.</summary>
        int KeySizeInBytes { get; }

        /// <summary>Encrypts <paramref name="blockCount"/> consecutive blocks; input and output may be the same buffer region.</summary>
        void EncryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount);

        /// <summary>Decrypts <paramref name="blockCount"/> consecutive blocks; input and output may be the same buffer region.</summary>
        void DecryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount);

        /// <summary>Zeroises the key schedule; the engine is unusable afterwards.</summary>
        void Clear();
    }
}
