namespace Meter.Metrology.Accuracy
{
    /// <summary>
    /// The type-test campaign of a 230 V, 5 (60) A meter: IEC 62053-21/-22 current and power-factor
    /// rows, voltage ±10 %, frequency ±2 %, harmonics, starting current and no-load. Limits from
    /// the project's vectors (iec62053-accuracy-points.md); the 0.5S/0.2S influence limits are the
    /// allowed change of error and, like the 0.2S rows, from memory of IEC 62053-22 (indicative).
    /// </summary>
    public static class AccuracyCampaign
    {
        /// <summary>Un, volts.</summary>
        public const double NominalVolts = 230.0;

        /// <summary>In, amps.</summary>
        public const double NominalAmps = 5.0;

        /// <summary>Imax as a multiple of In (60 A).</summary>
        public const double MaxFraction = 12.0;

        /// <summary>fn, hertz.</summary>
        public const double NominalHertz = 50.0;

        /// <summary>The project's target (issue 3): |error| ≤ 0.1 % at every load point, twice as tight as class 0.2S.</summary>
        public const double TargetPercent = 0.1;

        /// <summary>Phase lag of PF 0.5 inductive, degrees.</summary>
        public const double HalfInductive = 60.0;

        /// <summary>Phase lag of PF 0.8 capacitive, degrees (−acos 0.8).</summary>
        public const double CapacitiveEight = -36.869897645844;

        /// <summary>Phase lag of sin φ = 0.5 inductive, degrees; −30 is sin φ = 0.5 capacitive.</summary>
        public const double HalfSineInductive = 30.0;

        /// <summary>The active-energy points in report order.</summary>
        public static AccuracyPoint[] Points()
        {
            return new AccuracyPoint[]
            {
                // IEC 62053-22 table 4 (0.5S, 0.2S) and 62053-21 table 6 (class 1): PF 1.
                Load("0.01 In PF 1", 0.01, 0.0, 300, 0.0, 1.0, 0.4),
                Load("0.05 In PF 1", 0.05, 0.0, 200, 1.5, 0.5, 0.2),
                Load("0.1 In PF 1", 0.1, 0.0, 100, 1.0, 0.5, 0.2),
                Load("In PF 1", 1.0, 0.0, 60, 1.0, 0.5, 0.2),
                Load("Imax PF 1", MaxFraction, 0.0, 60, 1.0, 0.5, 0.2),

                // PF 0.5 inductive and 0.8 capacitive.
                Load("0.02 In PF 0.5i", 0.02, HalfInductive, 300, 0.0, 1.0, 0.5),
                Load("0.1 In PF 0.5i", 0.1, HalfInductive, 100, 1.5, 0.6, 0.3),
                Load("In PF 0.5i", 1.0, HalfInductive, 60, 1.0, 0.6, 0.3),
                Load("Imax PF 0.5i", MaxFraction, HalfInductive, 60, 1.0, 0.6, 0.3),
                Load("0.02 In PF 0.8c", 0.02, CapacitiveEight, 300, 0.0, 1.0, 0.5),
                Load("0.1 In PF 0.8c", 0.1, CapacitiveEight, 100, 1.5, 0.6, 0.3),
                Load("In PF 0.8c", 1.0, CapacitiveEight, 60, 1.0, 0.6, 0.3),
                Load("Imax PF 0.8c", MaxFraction, CapacitiveEight, 60, 1.0, 0.6, 0.3),

                // Influence quantities at In (allowed change of error).
                Voltage("0.9 Un In PF 1", 0.9, 0.0, 0.7, 0.2, 0.1),
                Voltage("1.1 Un In PF 1", 1.1, 0.0, 0.7, 0.2, 0.1),
                Voltage("0.9 Un In PF 0.5i", 0.9, HalfInductive, 1.0, 0.4, 0.2),
                Voltage("1.1 Un In PF 0.5i", 1.1, HalfInductive, 1.0, 0.4, 0.2),
                Frequency("0.98 fn In PF 1", 0.98, 0.0, 0.5, 0.2, 0.1),
                Frequency("1.02 fn In PF 1", 1.02, 0.0, 0.5, 0.2, 0.1),
                Frequency("0.98 fn In PF 0.5i", 0.98, HalfInductive, 0.7, 0.2, 0.1),
                Frequency("1.02 fn In PF 0.5i", 1.02, HalfInductive, 0.7, 0.2, 0.1),
                Harmonic(),

                // IEC 62053-22 §8.3: starting current 0.001 In at PF 1, no-load at 1.15 Un.
                new AccuracyPoint("start 0.001 In PF 1", AccuracyPointKind.Starting, 0.001, 0.0, 600),
                NoLoad()
            };
        }

        /// <summary>
        /// The reactive-energy points (IEC 62053-23 class 2, IEC 62053-24 classes 1S and 0.5S) at
        /// sin φ = 1 and sin φ = 0.5 inductive and capacitive, fundamental only: the reactive
        /// path (a quarter-period delay) defines Q for the fundamental. Limits from memory of the
        /// standards, indicative like the 0.2S rows; the project target is the active one, 0.1 %.
        /// </summary>
        public static AccuracyPoint[] ReactivePoints()
        {
            return new AccuracyPoint[]
            {
                Reactive("0.1 In sin 1", 0.1, 90.0, 100, 2.0, 1.0, 0.5),
                Reactive("In sin 1", 1.0, 90.0, 60, 2.0, 1.0, 0.5),
                Reactive("Imax sin 1", MaxFraction, 90.0, 60, 2.0, 1.0, 0.5),
                Reactive("In sin 0.5i", 1.0, HalfSineInductive, 60, 2.0, 1.0, 0.6),
                Reactive("In sin 0.5c", 1.0, -HalfSineInductive, 60, 2.0, 1.0, 0.6),
                ReactiveAtFrequency("0.98 fn In sin 1", 0.98),
                ReactiveAtFrequency("1.02 fn In sin 1", 1.02)
            };
        }

        private static AccuracyPoint Reactive(string name, double fraction, double phase, int seconds, double classTwo, double class1S, double class05S)
        {
            AccuracyPoint point = new AccuracyPoint(name, AccuracyPointKind.Reactive, fraction, phase, seconds);
            point.ReactiveClassTwoLimitPercent = classTwo;
            point.ReactiveClass1SLimitPercent = class1S;
            point.ReactiveClass05SLimitPercent = class05S;
            return point;
        }

        // Frequency ±2 % as an influence quantity (allowed change of error), sin φ = 1.
        private static AccuracyPoint ReactiveAtFrequency(string name, double factor)
        {
            AccuracyPoint point = Reactive(name, 1.0, 90.0, 60, 2.5, 1.5, 1.0);
            point.FrequencyFactor = factor;
            return point;
        }

        private static AccuracyPoint Load(string name, double fraction, double phase, int seconds, double classOne, double class05S, double class02S)
        {
            AccuracyPoint point = new AccuracyPoint(name, AccuracyPointKind.Load, fraction, phase, seconds);
            point.ClassOneLimitPercent = classOne;
            point.Class05SLimitPercent = class05S;
            point.Class02SLimitPercent = class02S;
            return point;
        }

        private static AccuracyPoint Voltage(string name, double factor, double phase, double classOne, double class05S, double class02S)
        {
            AccuracyPoint point = Load(name, 1.0, phase, 60, classOne, class05S, class02S);
            point.VoltageFactor = factor;
            return point;
        }

        private static AccuracyPoint Frequency(string name, double factor, double phase, double classOne, double class05S, double class02S)
        {
            AccuracyPoint point = Load(name, 1.0, phase, 60, classOne, class05S, class02S);
            point.FrequencyFactor = factor;
            return point;
        }

        // IEC 62053-21 §8.2.2: 10 % 5th on voltage, 40 % 5th on current at 0.5 Imax, PF 1.
        private static AccuracyPoint Harmonic()
        {
            AccuracyPoint point = Load("5th harm 0.5 Imax", MaxFraction / 2, 0.0, 60, 0.8, 0.5, 0.4);
            point.Harmonics = true;
            return point;
        }

        private static AccuracyPoint NoLoad()
        {
            AccuracyPoint point = new AccuracyPoint("no-load 1.15 Un I=0", AccuracyPointKind.NoLoad, 0.0, 0.0, 600);
            point.VoltageFactor = 1.15;
            return point;
        }
    }
}
