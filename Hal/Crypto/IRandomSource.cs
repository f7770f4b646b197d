namespace Meter.Hal.Crypto
{
    /// <summary>Cryptographically strong random bytes: the DRBG every key and nonce comes from.</summary>
    public interface IRandomSource
    {
        void GetBytes(byte[] buffer, int offset, int count);
    }
}
