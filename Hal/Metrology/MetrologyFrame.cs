namespace Meter.Hal.Metrology
{
    /// <summary>
    /// One frame of accumulated integer sums from a metrology front end. The sums are over ADC
    /// codes (LSB); the front end's full-scale constants turn them into volts and amps.
    /// </summary>
    /// <remarks>
    /// Ownership: the caller allocates one frame (or a few) and passes it to
    /// <see cref="IMetrologyFrontEnd.TryReadFrame"/> again and again; the front end overwrites every
    /// field and keeps no reference to it after the call returns, so steady-state reading allocates
    /// nothing. Only one thread may use a frame at a time, and a frame passed to a call that returns
    /// false holds undefined values.
    ///
    /// Overflow: codes are at most <see cref="MaxAdcBits"/> bits signed, so |code| ≤ 2^23 and every
    /// product is ≤ 2^46 in magnitude; a frame has at most <see cref="MaxSamples"/> = 2^16 samples,
    /// so every sum stays below 2^62 and a long (2^63) cannot overflow.
    /// </remarks>
    public sealed class MetrologyFrame
    {
        /// <summary>Widest ADC word a front end may report (bits, including sign).</summary>
        public const int MaxAdcBits = 24;

        /// <summary>Most samples a frame may hold (see the overflow note).</summary>
        public const int MaxSamples = 65536;

        /// <summary>Fixed-point scale of the zero-crossing positions: 1/65536 of a sample.</summary>
        public const int CrossingScale = 65536;

        /// <summary>Frame number, starting at 0 and incremented by one per frame, never reused.</summary>
        public long Sequence;

        /// <summary>Index of the frame's first sample since the front end started (frames tile the stream without gaps).</summary>
        public long FirstSample;

        /// <summary>Number of samples in the frame.</summary>
        public int SampleCount;

        /// <summary>Σv.</summary>
        public long SumV;

        /// <summary>Σi (line current).</summary>
        public long SumI;

        /// <summary>Σv².</summary>
        public long SumVV;

        /// <summary>Σi².</summary>
        public long SumII;

        /// <summary>Σv·i (active power).</summary>
        public long SumVI;

        /// <summary>Σv90·i, v90 being the voltage delayed by a quarter of the nominal period (reactive power, positive when the current lags).</summary>
        public long SumV90I;

        /// <summary>Σin² (neutral current).</summary>
        public long SumNN;

        /// <summary>Σv·in (active power seen by the neutral channel).</summary>
        public long SumVN;

        /// <summary>Number of positive-going zero crossings of the voltage in the frame.</summary>
        public int ZeroCrossingCount;

        /// <summary>
        /// Position of the first positive-going crossing, in 1/<see cref="CrossingScale"/> sample
        /// from the frame's first sample (interpolated between samples; may be slightly negative when
        /// the crossing lies between the previous frame's last sample and this frame's first).
        /// </summary>
        public long FirstCrossing;

        /// <summary>Position of the last positive-going crossing, same units as <see cref="FirstCrossing"/>.</summary>
        public long LastCrossing;

        /// <summary>Channels that clipped in this frame (<see cref="OverRangeFlags"/>).</summary>
        public int OverRange;

        /// <summary>Sets every field to zero (the front end calls this before filling the frame).</summary>
        public void Clear()
        {
            Sequence = 0;
            FirstSample = 0;
            SampleCount = 0;
            SumV = 0;
            SumI = 0;
            SumVV = 0;
            SumII = 0;
            SumVI = 0;
            SumV90I = 0;
            SumNN = 0;
            SumVN = 0;
            ZeroCrossingCount = 0;
            FirstCrossing = 0;
            LastCrossing = 0;
            OverRange = OverRangeFlags.None;
        }
    }
}
