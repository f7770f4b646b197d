namespace Meter.Metrology
{
    /// <summary>
    /// The values measured from one frame. Mutable and reused frame after frame by its owner (the
    /// metrology task) so that measuring allocates nothing; readers get a
    /// <see cref="MeasurementSnapshot"/> instead.
    /// </summary>
    public sealed class Measurement
    {
        /// <summary>Sequence number of the frame measured.</summary>
        public long Sequence;

        /// <summary>Samples in the frame (its duration at the front end's sample rate).</summary>
        public int SampleCount;

        /// <summary>Rms voltage, mV.</summary>
        public long VoltageMillivolts;

        /// <summary>Rms line current, µA.</summary>
        public long CurrentMicroamps;

        /// <summary>Rms neutral current, µA.</summary>
        public long NeutralMicroamps;

        /// <summary>Active power, µW (negative = export).</summary>
        public long ActiveMicrowatts;

        /// <summary>
        /// Active power seen by the neutral channel, µW: Σv·in with the neutral's own gain, the
        /// power a meter bills when the line channel is bypassed (see the metrology task).
        /// </summary>
        public long NeutralActiveMicrowatts;

        /// <summary>Set by the metrology task: this frame's energy was billed from the neutral channel (L/N imbalance).</summary>
        public bool BilledFromNeutral;

        /// <summary>Reactive power, µvar (positive = current lagging on import).</summary>
        public long ReactiveMicrovars;

        /// <summary>Apparent power Vrms·Irms, µVA.</summary>
        public long ApparentMicrovoltAmperes;

        /// <summary>P/S in per-mille, signed like P; 0 when S is 0.</summary>
        public int PowerFactorPerMille;

        /// <summary>Mains frequency, mHz; 0 when the frame held fewer than two voltage crossings.</summary>
        public int FrequencyMillihertz;

        /// <summary>Channels clipped in the frame (Meter.Hal.Metrology.OverRangeFlags).</summary>
        public int OverRange;

        /// <summary>Rms line current, mA (rounded).</summary>
        public long CurrentMilliamps
        {
            get { return (CurrentMicroamps + 500) / 1000; }
        }

        /// <summary>Rms neutral current, mA (rounded).</summary>
        public long NeutralMilliamps
        {
            get { return (NeutralMicroamps + 500) / 1000; }
        }
    }
}
