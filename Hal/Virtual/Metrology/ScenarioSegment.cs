namespace Meter.Hal.Virtual
{
    /// <summary>
    /// One stretch of a scenario's timeline: for <see cref="DurationMilliseconds"/> the scenario's
    /// voltage, current and neutral current are scaled, and the frequency may change. Steps, sags,
    /// interruptions (voltage scale 0), reverse power and L/N imbalance episodes are built from these.
    /// </summary>
    public sealed class ScenarioSegment
    {
        /// <summary>A segment of <paramref name="durationMilliseconds"/> with the given voltage and current scales.</summary>
        public ScenarioSegment(int durationMilliseconds, double voltageScale, double currentScale)
        {
            if (durationMilliseconds <= 0)
            {
                throw new System.ArgumentOutOfRangeException("durationMilliseconds");
            }

            DurationMilliseconds = durationMilliseconds;
            VoltageScale = voltageScale;
            CurrentScale = currentScale;
            NeutralScale = 1.0;
        }

        /// <summary>Length of the segment.</summary>
        public int DurationMilliseconds { get; }

        /// <summary>Multiplies the scenario's voltage (0.5 = 50 % sag, 0 = interruption).</summary>
        public double VoltageScale { get; }

        /// <summary>Multiplies the scenario's line and neutral current.</summary>
        public double CurrentScale { get; }

        /// <summary>Multiplies the neutral current only (on top of the scenario's neutral ratio).</summary>
        public double NeutralScale { get; set; }

        /// <summary>Mains frequency during the segment; 0 keeps the scenario's frequency.</summary>
        public double FrequencyHz { get; set; }

        /// <summary>Reverses the current (power flows to the grid) during the segment.</summary>
        public bool Reverse { get; set; }
    }
}
