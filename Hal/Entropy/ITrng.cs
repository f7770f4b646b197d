namespace Meter.Hal.Entropy
{
    /// <summary>The board's true random number generator: the seed source for the DRBG.</summary>
    public interface ITrng
    {
        void GetBytes(byte[] buffer, int offset, int count);
    }
}
