using System;

namespace Meter.Tamper
{
    /// <summary>Thresholds and persistence of <see cref="SampleTamperDetector"/>; integers in the measurement's units.</summary>
    public sealed class TamperSettings
    {
        public TamperSettings(long nominalVoltageMillivolts, long minimumCurrentMicroamps, long reversePowerMicrowatts, int imbalancePercent, int raiseFrames, int clearFrames)
        {
            if (nominalVoltageMillivolts <= 0 || minimumCurrentMicroamps <= 0 || reversePowerMicrowatts <= 0)
            {
                throw new ArgumentOutOfRangeException("nominal, starting or reverse threshold");
            }

            if (imbalancePercent < 1 || imbalancePercent > 100)
            {
                throw new ArgumentOutOfRangeException("imbalancePercent");
            }

            if (raiseFrames < 1 || clearFrames < 1)
            {
                throw new ArgumentOutOfRangeException("raiseFrames or clearFrames");
            }

            NominalVoltageMillivolts = nominalVoltageMillivolts;
            MinimumCurrentMicroamps = minimumCurrentMicroamps;
            ReversePowerMicrowatts = reversePowerMicrowatts;
            ImbalancePercent = imbalancePercent;
            RaiseFrames = raiseFrames;
            ClearFrames = clearFrames;
        }

        /// <summary>Un: sag below 90 %, interruption below 10 % (IEC 61000-4-30 §5.4 definitions).</summary>
        public long NominalVoltageMillivolts { get; }

        /// <summary>Current above which imbalance and current-without-voltage are judged; kept well above the ADC noise floor (a few mA), which the starting current is not.</summary>
        public long MinimumCurrentMicroamps { get; }

        /// <summary>Reverse power is P below minus this.</summary>
        public long ReversePowerMicrowatts { get; }

        /// <summary>Imbalance is |I_L − I_N| above this percentage of the larger channel.</summary>
        public int ImbalancePercent { get; }

        public int RaiseFrames { get; }

        public int ClearFrames { get; }

        /// <summary>
        /// Defaults for a meter of nominal voltage <paramref name="nominalVoltageMillivolts"/>: minimum
        /// current 10 × the starting current (clear of the noise floor), reverse beyond 10 × the
        /// starting power, imbalance 13 %, 3 frames to raise and to clear.
        /// </summary>
        public static TamperSettings For(long nominalVoltageMillivolts, long startingCurrentMicroamps)
        {
            long startingPower = nominalVoltageMillivolts * startingCurrentMicroamps / 1000L;
            return new TamperSettings(nominalVoltageMillivolts, 10L * startingCurrentMicroamps, 10L * startingPower, 13, 3, 3);
        }
    }
}
