namespace Meter.Hal.Virtual
{
    /// <summary>
    /// A small seeded generator (xorshift32) for the virtual board's fault injection and for test
    /// workloads, so a failing case replays exactly. System.Random is backed by the hardware RNG
    /// on ESP32 and STM32, so it cannot be used where a run must repeat. Not for cryptography.
    /// </summary>
    public sealed class DeterministicRandom
    {
        private uint _state;

        public DeterministicRandom(int seed)
        {
            // Mix the seed so that neighbouring seeds give unrelated streams.
            uint x = (uint)seed * 0x9E3779B9u + 0x7F4A7C15u;
            x ^= x >> 16;
            x *= 0x85EBCA6Bu;
            x ^= x >> 13;
            _state = x == 0 ? 0x6D2B79F5u : x;
        }

        /// <summary>A generator in the same state: both give the same stream from here on (for checkpointing a workload).</summary>
        public DeterministicRandom Clone()
        {
            DeterministicRandom copy = new DeterministicRandom(0);
            copy._state = _state;
            return copy;
        }

        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>A value in [0, maxExclusive).</summary>
        public int Next(int maxExclusive)
        {
            Bounds.CheckPositive(maxExclusive, "maxExclusive");
            return (int)(NextUInt() % (uint)maxExclusive);
        }

        public void NextBytes(byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count);

            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)NextUInt();
            }
        }
    }
}
