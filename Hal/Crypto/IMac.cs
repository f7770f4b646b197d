namespace Meter.Hal.Crypto
{
    /// <summary>A keyed streaming MAC (HMAC-SHA256, HMAC-SHA384) bound to one key.</summary>
    public interface IMac
    {
        /// <summary>MAC length in bytes.</summary>
        int MacLength { get; }

        /// <summary>Discards appended data and starts a new MAC under the same key.</summary>
        void Initialize();

        void Append(byte[] data, int offset, int count);

        /// <summary>Writes the MAC at <paramref name="offset"/> and starts a new MAC under the same key.</summary>
        void Finish(byte[] output, int offset);

        /// <summary>Zeroises the key state; the MAC is unusable afterwards.</summary>
        void Clear();
    }
}
