using System;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// How a per-key invocation counter sits in a <see cref="Meter.Storage.PersistentCounter"/>,
    /// which may never go backwards: the stored value is <c>epoch · 2^33 + position</c>, the
    /// position (0 to 2^32, one past the largest invocation counter) counting within one key and
    /// the epoch counting keys. A new key (global_key_transfer, Green Book ed. 9, 9.2.7.3: the
    /// counters of a replaced key start again) moves to the next epoch, position 0: one durable
    /// write, and still a higher stored value, so a power cut leaves the old key's position or the
    /// new key's start, never a mix.
    /// </summary>
    internal static class CounterEpoch
    {
        /// <summary>One past the largest 32-bit invocation counter.</summary>
        public const long PositionLimit = 0x100000000L;

        private const int Shift = 33;
        private const long PositionMask = (1L << Shift) - 1;

        /// <summary>Epochs before the stored long would overflow (2^30 key changes).</summary>
        private const long MaxEpoch = (long.MaxValue >> Shift) - 1;

        public static long PositionOf(long stored)
        {
            return stored & PositionMask;
        }

        /// <summary>The stored value of <paramref name="position"/> in the epoch of <paramref name="stored"/>.</summary>
        public static long At(long stored, long position)
        {
            return (stored & ~PositionMask) | position;
        }

        /// <summary>The stored value of position 0 in the epoch after that of <paramref name="stored"/>.</summary>
        public static long NextEpoch(long stored)
        {
            long epoch = stored >> Shift;
            if (epoch >= MaxEpoch)
            {
                throw new InvalidOperationException("no epochs left for another key");
            }

            return (epoch + 1) << Shift;
        }
    }
}
