namespace Meter.Hal.Metrology
{
    /// <summary>
    /// A metering front end (metering chip, or native/DMA sampling code) that does all per-sample
    /// work and hands managed code one frame of integer sums at a time.
    /// </summary>
    /// <remarks>
    /// Frame length policy: a fixed period of <see cref="FrameSamples"/> samples, not locked to the
    /// mains. Consecutive frames tile the sample stream with no gap or overlap, so energy summed over
    /// frames is exact even though a frame does not hold a whole number of cycles.
    ///
    /// Scaling: a code of <see cref="AdcFullScale"/> is <see cref="VoltageFullScaleMillivolts"/>
    /// (peak) on the voltage channel, so volts = code × VoltageFullScaleMillivolts / (1000 × AdcFullScale).
    /// Full scale is given in mV/mA rather than µV/LSB so that the ratio is exact for any ADC width.
    /// </remarks>
    public interface IMetrologyFrontEnd
    {
        /// <summary>Samples per second on every channel.</summary>
        int SampleRateHz { get; }

        /// <summary>Samples per frame (at most <see cref="MetrologyFrame.MaxSamples"/>).</summary>
        int FrameSamples { get; }

        /// <summary>Largest positive ADC code (2^(bits-1) - 1); codes are clipped to ±AdcFullScale.</summary>
        int AdcFullScale { get; }

        /// <summary>Peak voltage at a code of <see cref="AdcFullScale"/>, in millivolts.</summary>
        int VoltageFullScaleMillivolts { get; }

        /// <summary>Peak line current at a code of <see cref="AdcFullScale"/>, in milliamps.</summary>
        int CurrentFullScaleMilliamps { get; }

        /// <summary>Peak neutral current at a code of <see cref="AdcFullScale"/>, in milliamps.</summary>
        int NeutralFullScaleMilliamps { get; }

        /// <summary>Nominal mains frequency in millihertz (the 90° voltage shift is exact at this frequency).</summary>
        int NominalFrequencyMillihertz { get; }

        /// <summary>
        /// Fills <paramref name="frame"/> with the next frame, waiting at most
        /// <paramref name="timeoutMilliseconds"/> for it. Returns false when no frame was ready in
        /// time; the next call then returns that same frame (no frame is ever skipped).
        /// </summary>
        bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds);
    }
}
