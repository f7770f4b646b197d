namespace Meter.Metrology.Accuracy
{
    /// <summary>The outcome of one <see cref="AccuracyPoint"/>: expected and registered energy and the error.</summary>
    public sealed class AccuracyResult
    {
        public AccuracyResult(AccuracyPoint point, double expectedWattHours, double registeredWattHours, bool anyRegisterMoved, long pulses)
        {
            Point = point;
            ExpectedWattHours = expectedWattHours;
            RegisteredWattHours = registeredWattHours;
            AnyRegisterMoved = anyRegisterMoved;
            Pulses = pulses;
            ErrorPercent = expectedWattHours > 0 ? (registeredWattHours - expectedWattHours) / expectedWattHours * 100.0 : 0.0;
        }

        public AccuracyPoint Point { get; }

        /// <summary>V·I·cos φ·t (plus the harmonic's own V·I·cos φ) from the scenario, Wh; for a reactive point |V·I·sin φ|·t, varh.</summary>
        public double ExpectedWattHours { get; }

        /// <summary>A+ register delta in its fine units (units and remainder), Wh; for a reactive point R+ (inductive) or R− (capacitive), varh.</summary>
        public double RegisteredWattHours { get; }

        /// <summary>(registered − expected) / expected × 100; 0 at no-load.</summary>
        public double ErrorPercent { get; }

        /// <summary>True when any of the four registers moved (units or remainder).</summary>
        public bool AnyRegisterMoved { get; }

        /// <summary>Pulses owed or emitted on the test output.</summary>
        public long Pulses { get; }

        /// <summary>
        /// Load points: |error| ≤ <paramref name="limitPercent"/>. Starting current: the meter
        /// registers. No-load: no register moved and no pulse.
        /// </summary>
        public bool Passes(double limitPercent)
        {
            switch (Point.Kind)
            {
                case AccuracyPointKind.Starting:
                    return RegisteredWattHours > 0;
                case AccuracyPointKind.NoLoad:
                    return !AnyRegisterMoved && Pulses == 0;
                default:
                    return (ErrorPercent < 0 ? -ErrorPercent : ErrorPercent) <= limitPercent;
            }
        }
    }
}
