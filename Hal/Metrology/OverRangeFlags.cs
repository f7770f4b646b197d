namespace Meter.Hal.Metrology
{
    /// <summary>
    /// Bits of <see cref="MetrologyFrame.OverRange"/>: a channel hit the ADC limit at least once
    /// in the frame, so its sums are clipped and the frame's values for it are too low; or
    /// (<see cref="FrontEndFault"/>) the front end could not measure the frame at all.
    /// </summary>
    public static class OverRangeFlags
    {
        /// <summary>No channel clipped.</summary>
        public const int None = 0;

        /// <summary>The voltage channel clipped.</summary>
        public const int Voltage = 1;

        /// <summary>The line current channel clipped.</summary>
        public const int Current = 2;

        /// <summary>The neutral current channel clipped.</summary>
        public const int Neutral = 4;

        /// <summary>
        /// The front end has no measurement for this frame (its metering chip was being configured,
        /// could not be read, or had reset): the sums are zero. The frame still counts in the sequence.
        /// </summary>
        public const int FrontEndFault = 8;
    }
}
