using Meter.Hal.Crypto;
using Meter.Hal.Virtual;

namespace Meter.Tests.Crypto
{
    /// <summary>A repeatable <see cref="IRandomSource"/> for tests (xorshift; never for real keys).</summary>
    public sealed class SeededRandomSource : IRandomSource
    {
        private readonly DeterministicRandom _random;

        public SeededRandomSource(int seed)
        {
            _random = new DeterministicRandom(seed);
        }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            _random.NextBytes(buffer, offset, count);
        }
    }
}
