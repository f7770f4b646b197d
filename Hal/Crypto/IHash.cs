namespace Meter.Hal.Crypto
{
    /// <summary>A streaming hash function (SHA-256, SHA-384). Not thread-safe; reuse one instance on hot paths.</summary>
    public interface IHash
    {
        /// <summary>Digest length in bytes.</summary>
        int HashLength { get; }

        /// <summary>Discards appended data and starts a new digest.</summary>
        void Initialize();

        void Append(byte[] data, int offset, int count);

        /// <summary>Writes the digest at <paramref name="offset"/> and starts a new digest.</summary>
        void Finish(byte[] output, int offset);
    }
}
