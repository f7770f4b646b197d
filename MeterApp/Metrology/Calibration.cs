using System;

namespace Meter.Metrology
{
    /// <summary>
    /// Calibration of one single-phase front end, immutable, integers only: gains in parts per
    /// 2^30 (<see cref="UnityGain"/> = 1.0, so a gain is in (0, 2)), residual rms offsets of the
    /// current channels (noise floor removed in quadrature after DC removal) and a phase
    /// correction applied as a rotation of (P, Q). DC offsets need no calibration: they are
    /// removed each frame from Σv and Σi.
    /// </summary>
    public sealed class Calibration
    {
        /// <summary>Gain 1.0 in parts per 2^30.</summary>
        public const int UnityGain = 1 << 30;

        /// <summary>Largest accepted |phase correction|: 0.1 rad (5.7°), far beyond any sensor.</summary>
        public const int MaxPhaseMicroradians = 100000;

        /// <summary>Largest accepted residual rms offset: 10 A.</summary>
        public const long MaxOffsetMicroamps = 10000000L;

        /// <summary>No correction at all (factory default before calibration).</summary>
        public static readonly Calibration Unity = new Calibration(UnityGain, UnityGain, UnityGain, 0, 0, 0);

        /// <param name="voltageGain">Voltage gain, parts per 2^30.</param>
        /// <param name="currentGain">Line current gain, parts per 2^30.</param>
        /// <param name="neutralGain">Neutral current gain, parts per 2^30.</param>
        /// <param name="currentOffsetMicroamps">Rms current read at zero current, removed in quadrature.</param>
        /// <param name="neutralOffsetMicroamps">Same for the neutral channel.</param>
        /// <param name="phaseMicroradians">
        /// Rotation φ of (P, Q): P' = P·cos φ − Q·sin φ, Q' = Q·cos φ + P·sin φ. A current sensor
        /// that delays the current by ε (reading φ_load + ε) is corrected with φ = −ε.
        /// </param>
        public Calibration(int voltageGain, int currentGain, int neutralGain, long currentOffsetMicroamps, long neutralOffsetMicroamps, int phaseMicroradians)
        {
            CheckGain(voltageGain, "voltageGain");
            CheckGain(currentGain, "currentGain");
            CheckGain(neutralGain, "neutralGain");
            CheckOffset(currentOffsetMicroamps, "currentOffsetMicroamps");
            CheckOffset(neutralOffsetMicroamps, "neutralOffsetMicroamps");
            if (phaseMicroradians > MaxPhaseMicroradians || phaseMicroradians < -MaxPhaseMicroradians)
            {
                throw new ArgumentOutOfRangeException("phaseMicroradians");
            }

            VoltageGain = voltageGain;
            CurrentGain = currentGain;
            NeutralGain = neutralGain;
            CurrentOffsetMicroamps = currentOffsetMicroamps;
            NeutralOffsetMicroamps = neutralOffsetMicroamps;
            PhaseMicroradians = phaseMicroradians;
        }

        public int VoltageGain { get; }

        public int CurrentGain { get; }

        public int NeutralGain { get; }

        public long CurrentOffsetMicroamps { get; }

        public long NeutralOffsetMicroamps { get; }

        public int PhaseMicroradians { get; }

        private static void CheckGain(int gain, string name)
        {
            if (gain <= 0)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }

        private static void CheckOffset(long offset, string name)
        {
            if (offset < 0 || offset > MaxOffsetMicroamps)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
