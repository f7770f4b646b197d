namespace Meter.Metrology
{
    /// <summary>
    /// The DC offset of one ADC channel, carried across frames: a first-order integer low-pass
    /// filter of each frame's mean Σx/n with a time constant of 2^<see cref="TimeConstantShift"/>
    /// samples (8 s at 4096 Hz), whatever the frame length.
    /// </summary>
    /// <remarks>
    /// Why not each frame's own mean: a frame that is not a whole number of mains cycles has a
    /// partial cycle whose AC residue shows up in Σx/n. Removing it per frame subtracts
    /// (Σv)(Σi)/n from Σv·i, and because the voltage and current residues are correlated that
    /// product has a non-zero mean: about −0.035 % of P at ±2 % of the nominal frequency with
    /// 819-sample frames. The residue rotates from frame to frame at the beat between the mains
    /// frequency and the frame rate's harmonics and averages out, so the filtered mean keeps the
    /// offset and drops the residue; where the beat is too slow to be filtered, the partial cycle
    /// is tiny and so is the residue. The first frame starts the filter at its own mean.
    /// Integers only; not thread-safe (the metrology task owns it).
    /// </remarks>
    public sealed class DcTracker
    {
        /// <summary>Fraction bits of <see cref="Level"/>.</summary>
        public const int FractionBits = 16;

        /// <summary>The filter's time constant is 2^15 samples.</summary>
        public const int TimeConstantShift = 15;

        private long _level;
        private bool _started;

        /// <summary>The DC estimate in LSB·2^16.</summary>
        public long Level
        {
            get { return _level; }
        }

        /// <summary>Feeds one frame's sum of <paramref name="n"/> codes (|sum| ≤ n·2^23, 0 &lt; n ≤ 2^16).</summary>
        public void Update(long sum, int n)
        {
            long mean = IntegerMath.DivideRound(sum << FractionBits, n);
            if (!_started)
            {
                _level = mean;
                _started = true;
                return;
            }

            // Weight n/2^15 per frame (at most 1): the same time constant in samples for any frame length.
            long weight = n < (1 << TimeConstantShift) ? n : 1 << TimeConstantShift;
            _level += IntegerMath.DivideRound((mean - _level) * weight, 1L << TimeConstantShift);
        }
    }
}
