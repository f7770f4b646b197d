namespace Meter.Metrology.Accuracy
{
    /// <summary>
    /// One test point of the type-test campaign: the load and influence quantities applied to the
    /// virtual front end, the test duration, and the error limits of classes 1, 0.5S and 0.2S.
    /// Test-rig side: doubles are fine here, the meter under test never sees them.
    /// </summary>
    public sealed class AccuracyPoint
    {
        /// <summary>A point at <paramref name="currentFraction"/> × In and a phase lag of <paramref name="phaseDegrees"/> (negative = capacitive).</summary>
        public AccuracyPoint(string name, AccuracyPointKind kind, double currentFraction, double phaseDegrees, int seconds)
        {
            Name = name;
            Kind = kind;
            CurrentFraction = currentFraction;
            PhaseDegrees = phaseDegrees;
            Seconds = seconds;
            VoltageFactor = 1.0;
            FrequencyFactor = 1.0;
        }

        /// <summary>Row label as printed.</summary>
        public string Name { get; }

        public AccuracyPointKind Kind { get; }

        /// <summary>Current as a fraction of In (0 for no-load).</summary>
        public double CurrentFraction { get; }

        /// <summary>Angle by which the current lags the voltage, degrees (60 = PF 0.5 ind, −36.87 = PF 0.8 cap).</summary>
        public double PhaseDegrees { get; }

        /// <summary>Test duration on the virtual board, seconds of signal (run in batch mode).</summary>
        public int Seconds { get; }

        /// <summary>Voltage as a multiple of Un (0.9, 1.1, 1.15 for no-load).</summary>
        public double VoltageFactor { get; set; }

        /// <summary>Frequency as a multiple of fn (0.98, 1.02).</summary>
        public double FrequencyFactor { get; set; }

        /// <summary>Adds 10 % 5th harmonic on the voltage and 40 % 5th on the current (IEC 62053-21 §8.2.2).</summary>
        public bool Harmonics { get; set; }

        /// <summary>Class 1 limit (or allowed change of error for an influence row), percent; 0 = not applicable.</summary>
        public double ClassOneLimitPercent { get; set; }

        /// <summary>Class 0.5S limit, percent; 0 = not applicable.</summary>
        public double Class05SLimitPercent { get; set; }

        /// <summary>Class 0.2S limit, percent; 0 = not applicable.</summary>
        public double Class02SLimitPercent { get; set; }

        /// <summary>Reactive class 2 limit (IEC 62053-23), percent, for a <see cref="AccuracyPointKind.Reactive"/> point.</summary>
        public double ReactiveClassTwoLimitPercent { get; set; }

        /// <summary>Reactive class 1S limit (IEC 62053-24), percent.</summary>
        public double ReactiveClass1SLimitPercent { get; set; }

        /// <summary>Reactive class 0.5S limit (IEC 62053-24), percent.</summary>
        public double ReactiveClass05SLimitPercent { get; set; }
    }
}
