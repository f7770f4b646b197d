using System;
using Meter.Hal.Clock;
using Meter.Hal.Metrology;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// A metrology front end that synthesises voltage, line current and neutral current from a
    /// <see cref="MeteringScenario"/>, quantises them like an ADC and accumulates the frame sums a
    /// metering chip would. Deterministic from the seed (which drives only the noise).
    /// </summary>
    /// <remarks>
    /// Pacing: built with a clock, frames are released in real time on it (frame k is ready when
    /// the clock has passed the end of its last sample since construction); built without one (batch
    /// mode, for accuracy campaigns) every call returns the next frame at once. Per-sample work is
    /// double-based here because on a device it happens in the chip or native code.
    /// </remarks>
    public sealed class VirtualFrontEnd : IMetrologyFrontEnd
    {
        private const double DegreesToRadians = Math.PI / 180.0;

        private readonly FramePacer _pacer;
        private readonly int _sampleRateHz;
        private readonly int _frameSamples;
        private readonly int _voltageFullScaleMillivolts;
        private readonly int _currentFullScaleMilliamps;
        private readonly int _neutralFullScaleMilliamps;
        private readonly int _nominalFrequencyMillihertz;
        private readonly double _voltageOffset;
        private readonly double _currentOffset;
        private readonly double _neutralOffset;
        private readonly double _voltageNoise;
        private readonly double _currentNoise;
        private readonly double _neutralNoise;
        private readonly PhasorOscillator[] _voltage;
        private readonly PhasorOscillator[] _current;
        private readonly AdcQuantiser _voltageAdc;
        private readonly AdcQuantiser _currentAdc;
        private readonly AdcQuantiser _neutralAdc;
        private readonly QuarterPeriodDelay _delay;
        private readonly ZeroCrossingDetector _crossings;
        private readonly GaussianNoise _noise;
        private readonly ScenarioTimeline _timeline;
        private long _nextSample;
        private long _sequence;

        /// <summary>A batch-mode front end: frames are produced as fast as they are read.</summary>
        public VirtualFrontEnd(MeteringScenario scenario, int seed)
            : this(scenario, seed, null)
        {
        }

        /// <summary>A front end paced by <paramref name="clock"/>, or in batch mode when it is null.</summary>
        public VirtualFrontEnd(MeteringScenario scenario, int seed, IMonotonicClock clock)
        {
            if (scenario == null)
            {
                throw new ArgumentNullException("scenario");
            }

            Validate(scenario);
            _sampleRateHz = scenario.SampleRateHz;
            _frameSamples = scenario.FrameSamples;
            _voltageFullScaleMillivolts = ToMilli(scenario.VoltageFullScaleVolts);
            _currentFullScaleMilliamps = ToMilli(scenario.CurrentFullScaleAmps);
            _neutralFullScaleMilliamps = ToMilli(scenario.NeutralFullScaleAmps);
            _nominalFrequencyMillihertz = ToMilli(scenario.NominalFrequencyHz);
            _voltageAdc = new AdcQuantiser(scenario.AdcBits);
            _currentAdc = new AdcQuantiser(scenario.AdcBits);
            _neutralAdc = new AdcQuantiser(scenario.AdcBits);
            int fullScale = _voltageAdc.FullScale;
            _voltageOffset = scenario.VoltageOffsetLsb;
            _currentOffset = scenario.CurrentOffsetLsb;
            _neutralOffset = scenario.NeutralOffsetLsb;
            _voltageNoise = scenario.VoltageNoiseLsb;
            _currentNoise = scenario.CurrentNoiseLsb;
            _neutralNoise = scenario.NeutralNoiseLsb;

            double voltagePeak = Math.Sqrt(2.0) * scenario.VoltageRms / scenario.VoltageFullScaleVolts * fullScale;
            double currentPeak = Math.Sqrt(2.0) * scenario.CurrentRms / scenario.CurrentFullScaleAmps * fullScale;
            double lag = scenario.PhaseDegrees * DegreesToRadians;
            double sensorLag = scenario.CurrentPhaseErrorDegrees * DegreesToRadians;
            _voltage = Oscillators(voltagePeak, 0.0, 0.0, scenario.VoltageHarmonics);
            _current = Oscillators(currentPeak, -lag, sensorLag, scenario.CurrentHarmonics);

            _delay = new QuarterPeriodDelay(_sampleRateHz, scenario.NominalFrequencyHz);
            _crossings = new ZeroCrossingDetector(fullScale / 256);
            _noise = new GaussianNoise(seed);

            double neutralPerLine = scenario.NeutralRatio * scenario.CurrentFullScaleAmps / scenario.NeutralFullScaleAmps;
            _timeline = new ScenarioTimeline(scenario.Segments, _sampleRateHz, scenario.FrequencyHz, neutralPerLine);
            SetFrequency(_timeline.FrequencyHz);
            _pacer = clock == null ? null : new FramePacer(clock, _sampleRateHz);
            WarmUp();
        }

        /// <inheritdoc />
        public int SampleRateHz
        {
            get { return _sampleRateHz; }
        }

        /// <inheritdoc />
        public int FrameSamples
        {
            get { return _frameSamples; }
        }

        /// <inheritdoc />
        public int AdcFullScale
        {
            get { return _voltageAdc.FullScale; }
        }

        /// <inheritdoc />
        public int VoltageFullScaleMillivolts
        {
            get { return _voltageFullScaleMillivolts; }
        }

        /// <inheritdoc />
        public int CurrentFullScaleMilliamps
        {
            get { return _currentFullScaleMilliamps; }
        }

        /// <inheritdoc />
        public int NeutralFullScaleMilliamps
        {
            get { return _neutralFullScaleMilliamps; }
        }

        /// <inheritdoc />
        public int NominalFrequencyMillihertz
        {
            get { return _nominalFrequencyMillihertz; }
        }

        /// <inheritdoc />
        public bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (timeoutMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("timeoutMilliseconds");
            }

            if (_pacer != null && !_pacer.WaitFor(_nextSample + _frameSamples, timeoutMilliseconds))
            {
                return false;
            }

            Fill(frame);
            return true;
        }

        private void Fill(MetrologyFrame frame)
        {
            frame.Clear();
            frame.Sequence = _sequence++;
            frame.FirstSample = _nextSample;
            frame.SampleCount = _frameSamples;
            _voltageAdc.Clipped = false;
            _currentAdc.Clipped = false;
            _neutralAdc.Clipped = false;

            long sumV = 0, sumI = 0, sumVV = 0, sumII = 0, sumVI = 0, sumV90I = 0, sumNN = 0, sumVN = 0;
            for (int n = 0; n < _frameSamples; n++)
            {
                if (_timeline.MoveTo(_nextSample))
                {
                    SetFrequency(_timeline.FrequencyHz);
                }

                int v;
                int i;
                int neutral;
                Sample(out v, out i, out neutral);
                int v90 = _delay.Push(v);
                long crossing = _crossings.Feed(v, n);
                if (crossing != long.MinValue)
                {
                    if (frame.ZeroCrossingCount == 0)
                    {
                        frame.FirstCrossing = crossing;
                    }

                    frame.LastCrossing = crossing;
                    frame.ZeroCrossingCount++;
                }

                sumV += v;
                sumI += i;
                sumVV += (long)v * v;
                sumII += (long)i * i;
                sumVI += (long)v * i;
                sumV90I += (long)v90 * i;
                sumNN += (long)neutral * neutral;
                sumVN += (long)v * neutral;
                _nextSample++;
            }

            frame.SumV = sumV;
            frame.SumI = sumI;
            frame.SumVV = sumVV;
            frame.SumII = sumII;
            frame.SumVI = sumVI;
            frame.SumV90I = sumV90I;
            frame.SumNN = sumNN;
            frame.SumVN = sumVN;
            frame.OverRange = (_voltageAdc.Clipped ? OverRangeFlags.Voltage : 0)
                | (_currentAdc.Clipped ? OverRangeFlags.Current : 0)
                | (_neutralAdc.Clipped ? OverRangeFlags.Neutral : 0);
        }

        private void Sample(out int v, out int i, out int neutral)
        {
            double voltage = 0.0;
            for (int k = 0; k < _voltage.Length; k++)
            {
                voltage += _voltage[k].Next();
            }

            double current = 0.0;
            for (int k = 0; k < _current.Length; k++)
            {
                current += _current[k].Next();
            }

            current *= _timeline.CurrentScale;
            v = _voltageAdc.Convert(voltage * _timeline.VoltageScale + _voltageOffset + _noise.Next(_voltageNoise));
            i = _currentAdc.Convert(current + _currentOffset + _noise.Next(_currentNoise));
            neutral = _neutralAdc.Convert(current * _timeline.NeutralScale + _neutralOffset + _noise.Next(_neutralNoise));
        }

        // Fills the quarter-period delay line and the crossing detector before sample 0, as a chip
        // that has been running does, so the first frame is as good as the others.
        private void WarmUp()
        {
            for (int n = 0; n < _delay.Length; n++)
            {
                int v;
                int i;
                int neutral;
                Sample(out v, out i, out neutral);
                _delay.Push(v);
                _crossings.Feed(v, n - _delay.Length);
            }
        }

        private void SetFrequency(double frequencyHz)
        {
            double step = 2.0 * Math.PI * frequencyHz / _sampleRateHz;
            SetStep(_voltage, step);
            SetStep(_current, step);
        }

        private static void SetStep(PhasorOscillator[] oscillators, double step)
        {
            for (int k = 0; k < oscillators.Length; k++)
            {
                oscillators[k].SetFundamentalStep(step);
            }
        }

        // The fundamental sin(ωt + base − sensorLag) and each harmonic sin(h·(ωt + base) + φ_h − sensorLag).
        private static PhasorOscillator[] Oscillators(double peak, double baseAngle, double sensorLag, Harmonic[] harmonics)
        {
            PhasorOscillator[] result = new PhasorOscillator[harmonics.Length + 1];
            result[0] = new PhasorOscillator(1, peak, baseAngle - sensorLag);
            for (int k = 0; k < harmonics.Length; k++)
            {
                Harmonic harmonic = harmonics[k];
                double phase = harmonic.Order * baseAngle + harmonic.PhaseDegrees * DegreesToRadians - sensorLag;
                result[k + 1] = new PhasorOscillator(harmonic.Order, peak * harmonic.Fraction, phase);
            }

            return result;
        }

        private static int ToMilli(double value)
        {
            return AdcQuantiser.Round(value * 1000.0);
        }

        private static void Validate(MeteringScenario scenario)
        {
            if (scenario.AdcBits < 8 || scenario.AdcBits > MetrologyFrame.MaxAdcBits)
            {
                throw new ArgumentOutOfRangeException("AdcBits");
            }

            if (scenario.FrameSamples < 1 || scenario.FrameSamples > MetrologyFrame.MaxSamples)
            {
                throw new ArgumentOutOfRangeException("FrameSamples");
            }

            if (scenario.NominalFrequencyHz <= 0 || scenario.SampleRateHz < 8 * scenario.NominalFrequencyHz)
            {
                throw new ArgumentOutOfRangeException("SampleRateHz");
            }

            if (scenario.FrequencyHz <= 0 || scenario.VoltageFullScaleVolts <= 0
                || scenario.CurrentFullScaleAmps <= 0 || scenario.NeutralFullScaleAmps <= 0)
            {
                throw new ArgumentOutOfRangeException("scenario");
            }

            if (scenario.VoltageHarmonics == null || scenario.CurrentHarmonics == null || scenario.Segments == null)
            {
                throw new ArgumentNullException("scenario");
            }
        }
    }
}
