using System;

namespace Meter.Metrology
{
    /// <summary>
    /// Thresholds of the no-load (creep) condition. IEC 62053-21/-22 §8.3: at no load (voltage
    /// up to 1.15 Un, no current) the meter must not register or pulse; at the starting current
    /// (PF 1) it must start and keep registering. Starting current: class 0.2S and 0.5S
    /// (transformer operated) 0.001 In; class 1 direct 0.004 Ib; class 2 direct 0.005 Ib.
    /// Both thresholds therefore sit below what the starting current produces and above the
    /// noise of the front end at zero current.
    /// </summary>
    public sealed class NoLoadSettings
    {
        /// <summary>Share of the starting current (and of its power at Un) used as the threshold, in percent.</summary>
        public const int DefaultThresholdPercent = 50;

        private readonly long _currentThreshold;
        private readonly long _powerThreshold;

        /// <param name="currentThresholdMicroamps">Below this rms current the meter is at no load.</param>
        /// <param name="powerThresholdMicrowatts">Active (or reactive) power whose magnitude is below this is not registered.</param>
        public NoLoadSettings(long currentThresholdMicroamps, long powerThresholdMicrowatts)
        {
            if (currentThresholdMicroamps < 0)
            {
                throw new ArgumentOutOfRangeException("currentThresholdMicroamps");
            }

            if (powerThresholdMicrowatts < 0)
            {
                throw new ArgumentOutOfRangeException("powerThresholdMicrowatts");
            }

            _currentThreshold = currentThresholdMicroamps;
            _powerThreshold = powerThresholdMicrowatts;
        }

        /// <summary>
        /// Thresholds at <see cref="DefaultThresholdPercent"/> of the starting current
        /// (<paramref name="basicCurrentMicroamps"/> × <paramref name="startingCurrentPerMille"/> / 1000,
        /// e.g. 1 ‰ of In for class 0.2S, 4 ‰ of Ib for class 1) and of the power it draws at
        /// <paramref name="nominalVoltageMillivolts"/> and PF 1.
        /// </summary>
        public static NoLoadSettings ForStartingCurrent(long basicCurrentMicroamps, int startingCurrentPerMille, long nominalVoltageMillivolts)
        {
            if (basicCurrentMicroamps <= 0 || basicCurrentMicroamps > 1000000000L)
            {
                throw new ArgumentOutOfRangeException("basicCurrentMicroamps");
            }

            if (startingCurrentPerMille <= 0 || startingCurrentPerMille > 1000)
            {
                throw new ArgumentOutOfRangeException("startingCurrentPerMille");
            }

            if (nominalVoltageMillivolts <= 0 || nominalVoltageMillivolts > 1000000L)
            {
                throw new ArgumentOutOfRangeException("nominalVoltageMillivolts");
            }

            long starting = basicCurrentMicroamps * startingCurrentPerMille / 1000;

            // µA × mV = nW; / 1000 gives µW.
            long startingPower = starting * nominalVoltageMillivolts / 1000;
            return new NoLoadSettings(starting * DefaultThresholdPercent / 100, startingPower * DefaultThresholdPercent / 100);
        }

        public long CurrentThresholdMicroamps
        {
            get { return _currentThreshold; }
        }

        public long PowerThresholdMicrowatts
        {
            get { return _powerThreshold; }
        }
    }
}
