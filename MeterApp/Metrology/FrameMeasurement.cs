using System;
using Meter.Hal.Metrology;

namespace Meter.Metrology
{
    /// <summary>
    /// Turns one <see cref="MetrologyFrame"/> into a <see cref="Measurement"/> with integer and
    /// fixed-point arithmetic only (no double: it may be single precision on the device).
    /// </summary>
    /// <remarks>
    /// Per frame of n samples: the DC offsets a, b of voltage and current, tracked across frames
    /// by <see cref="DcTracker"/>, are removed from the sums: Σ(v−a)(i−b) = Σv·i − a·Σi − b·Σv +
    /// n·a·b, Σ(v−a)² = Σv² − 2a·Σv + n·a²; the neutral channel has no Σin, so its DC stays in
    /// (its rms and Σv·in, the neutral's active power, which the phase calibration of the line
    /// sensor does not rotate: the neutral sensor is another sensor). Scale factors (full scale × gain / ADC full
    /// scale) are computed once in Q32/Q40. The reactive sum uses a delay of a quarter of the
    /// nominal period, a shift θ = 90°·f/f_nom at frequency f, so Q = (Q_read − P·cos θ)/sin θ,
    /// i.e. with δ = θ − 90°: Q = (Q_read + P·sin δ)/cos δ. The phase calibration then rotates
    /// (P, Q). The delayed voltage's sum Σv90 is not in the frame; its DC is the voltage's, and
    /// Σv stands in for it in the DC term. Not thread-safe: the metrology task owns it.
    /// </remarks>
    public sealed class FrameMeasurement
    {
        // Q formats of the precomputed scale factors.
        private const int RmsScaleShift = 32;
        private const int PowerScaleShift = 40;

        // Mean squares are taken in LSB²·2^16, so the rms is in LSB·2^8.
        private const int MeanSquareShift = 16;
        private const int RmsShift = 8;

        private readonly int _sampleRateHz;
        private readonly int _nominalMillihertz;
        private readonly long _voltageUnit;
        private readonly long _currentUnit;
        private readonly long _neutralUnit;
        private readonly long _powerUnit;
        private readonly long _neutralPowerUnit;
        private readonly DcTracker _voltageDc = new DcTracker();
        private readonly DcTracker _currentDc = new DcTracker();
        private Calibration _calibration;
        private long _voltageScale;
        private long _currentScale;
        private long _neutralScale;
        private long _powerScale;
        private long _neutralPowerScale;
        private long _phaseSine;
        private long _phaseCosine;

        public FrameMeasurement(IMetrologyFrontEnd frontEnd, Calibration calibration)
        {
            if (frontEnd == null)
            {
                throw new ArgumentNullException("frontEnd");
            }

            if (calibration == null)
            {
                throw new ArgumentNullException("calibration");
            }

            long fullScale = frontEnd.AdcFullScale;
            if (fullScale <= 0 || frontEnd.SampleRateHz <= 0 || frontEnd.NominalFrequencyMillihertz <= 0)
            {
                throw new ArgumentOutOfRangeException("frontEnd");
            }

            _sampleRateHz = frontEnd.SampleRateHz;
            _nominalMillihertz = frontEnd.NominalFrequencyMillihertz;

            // mV per LSB (Q32), µA per LSB (Q32), and mV·mA = µW per LSB² (Q40), before gains.
            _voltageUnit = IntegerMath.ShiftDivide(frontEnd.VoltageFullScaleMillivolts, RmsScaleShift, fullScale);
            _currentUnit = IntegerMath.ShiftDivide(frontEnd.CurrentFullScaleMilliamps * 1000L, RmsScaleShift, fullScale);
            _neutralUnit = IntegerMath.ShiftDivide(frontEnd.NeutralFullScaleMilliamps * 1000L, RmsScaleShift, fullScale);
            _powerUnit = IntegerMath.ShiftDivide((long)frontEnd.VoltageFullScaleMillivolts * frontEnd.CurrentFullScaleMilliamps, PowerScaleShift, fullScale * fullScale);
            _neutralPowerUnit = IntegerMath.ShiftDivide((long)frontEnd.VoltageFullScaleMillivolts * frontEnd.NeutralFullScaleMilliamps, PowerScaleShift, fullScale * fullScale);
            SetCalibration(calibration);
        }

        public Calibration Calibration
        {
            get { return _calibration; }
        }

        /// <summary>
        /// Uses <paramref name="calibration"/> from the next <see cref="Measure"/> on: recomputes the
        /// scale factors (no allocation). Call it on the thread that measures, between frames, so
        /// a frame is measured with one calibration, never a mix.
        /// </summary>
        public void SetCalibration(Calibration calibration)
        {
            if (calibration == null)
            {
                throw new ArgumentNullException("calibration");
            }

            _calibration = calibration;
            _voltageScale = Gain(_voltageUnit, calibration.VoltageGain);
            _currentScale = Gain(_currentUnit, calibration.CurrentGain);
            _neutralScale = Gain(_neutralUnit, calibration.NeutralGain);
            _powerScale = Gain(Gain(_powerUnit, calibration.VoltageGain), calibration.CurrentGain);
            _neutralPowerScale = Gain(Gain(_neutralPowerUnit, calibration.VoltageGain), calibration.NeutralGain);
            FixedTrig.SinCos(FixedTrig.FromMicroradians(calibration.PhaseMicroradians), out _phaseSine, out _phaseCosine);
        }

        /// <summary>Measures <paramref name="frame"/> into <paramref name="result"/> (every field overwritten).</summary>
        public void Measure(MetrologyFrame frame, Measurement result)
        {
            int n = frame.SampleCount;
            result.Sequence = frame.Sequence;
            result.SampleCount = n;
            result.OverRange = frame.OverRange;
            if (n <= 0)
            {
                Clear(result);
                return;
            }

            _voltageDc.Update(frame.SumV, n);
            _currentDc.Update(frame.SumI, n);
            long a = _voltageDc.Level;
            long b = _currentDc.Level;
            long squareV = NonNegative(frame.SumVV - DcTerm(frame.SumV, frame.SumV, a, a, n));
            long squareI = NonNegative(frame.SumII - DcTerm(frame.SumI, frame.SumI, b, b, n));

            // The delayed voltage has the same DC as the voltage.
            long dcVI = DcTerm(frame.SumV, frame.SumI, a, b, n);
            long active = IntegerMath.DivideRound(IntegerMath.MultiplyShift(frame.SumVI - dcVI, _powerScale, PowerScaleShift), n);
            long reactiveRead = IntegerMath.DivideRound(IntegerMath.MultiplyShift(frame.SumV90I - dcVI, _powerScale, PowerScaleShift), n);

            result.VoltageMillivolts = Rms(squareV, n, _voltageScale);
            result.CurrentMicroamps = LessOffset(Rms(squareI, n, _currentScale), _calibration.CurrentOffsetMicroamps);
            result.NeutralMicroamps = LessOffset(Rms(NonNegative(frame.SumNN), n, _neutralScale), _calibration.NeutralOffsetMicroamps);
            result.FrequencyMillihertz = Frequency(frame);

            // No Σin in the frame, so the neutral's DC c stays in: a residue of a·c per sample.
            result.NeutralActiveMicrowatts = IntegerMath.DivideRound(IntegerMath.MultiplyShift(frame.SumVN, _neutralPowerScale, PowerScaleShift), n);
            result.BilledFromNeutral = false;

            long reactive = OffNominal(active, reactiveRead, result.FrequencyMillihertz);
            result.ActiveMicrowatts = IntegerMath.MultiplyShift(active, _phaseCosine, 30) - IntegerMath.MultiplyShift(reactive, _phaseSine, 30);
            result.ReactiveMicrovars = IntegerMath.MultiplyShift(reactive, _phaseCosine, 30) + IntegerMath.MultiplyShift(active, _phaseSine, 30);

            // mV·µA = nVA.
            long apparent = IntegerMath.DivideRound(result.VoltageMillivolts * result.CurrentMicroamps, 1000);
            result.ApparentMicrovoltAmperes = apparent;
            result.PowerFactorPerMille = apparent == 0 ? 0 : (int)IntegerMath.DivideRound(result.ActiveMicrowatts * 1000, apparent);
        }

        // Q = (Q_read + P·sin δ) / cos δ with δ = 90°·(f − f_nom)/f_nom; skipped when f is unknown or off by more than 50 %.
        private long OffNominal(long active, long reactiveRead, int frequencyMillihertz)
        {
            long deviation = frequencyMillihertz - _nominalMillihertz;
            if (frequencyMillihertz <= 0 || deviation == 0 || 2 * (deviation < 0 ? -deviation : deviation) > _nominalMillihertz)
            {
                return reactiveRead;
            }

            long delta = IntegerMath.DivideRound(FixedTrig.HalfPi * deviation, _nominalMillihertz);
            long sine;
            long cosine;
            FixedTrig.SinCos(delta, out sine, out cosine);
            long inverseCosine = IntegerMath.ShiftDivide(1, 60, cosine);
            return IntegerMath.MultiplyShift(reactiveRead + IntegerMath.MultiplyShift(active, sine, 30), inverseCosine, 30);
        }

        // Periods between the first and last positive crossing over their span in 1/65536 sample.
        private int Frequency(MetrologyFrame frame)
        {
            long span = frame.LastCrossing - frame.FirstCrossing;
            if (frame.ZeroCrossingCount < 2 || span <= 0)
            {
                return 0;
            }

            long periods = frame.ZeroCrossingCount - 1;
            return (int)IntegerMath.DivideRound(periods * _sampleRateHz * 1000L * MetrologyFrame.CrossingScale, span);
        }

        // Σxy − Σ(x−a)(y−b) = a·Σy + b·Σx − n·a·b, with a and b in LSB·2^16. In this order the
        // partial sums stay below the largest term (a·Σy ≈ n·a·b), so nothing overflows.
        private static long DcTerm(long sumX, long sumY, long a, long b, int n)
        {
            long term = IntegerMath.MultiplyShift(a, sumY, DcTracker.FractionBits) - (IntegerMath.MultiplyShift(a, b, 2 * DcTracker.FractionBits) * n);
            return term + IntegerMath.MultiplyShift(b, sumX, DcTracker.FractionBits);
        }

        // √(Σx²/n) in LSB·2^8, times a Q32 unit scale.
        private static long Rms(long sumOfSquares, int n, long scale)
        {
            long meanSquare = IntegerMath.ShiftDivide(sumOfSquares, MeanSquareShift, n);
            return IntegerMath.MultiplyShift(IntegerMath.Sqrt(meanSquare), scale, RmsScaleShift + RmsShift);
        }

        // The offset is uncorrelated noise: it adds in quadrature.
        private static long LessOffset(long rms, long offset)
        {
            if (offset == 0)
            {
                return rms;
            }

            long square = (rms * rms) - (offset * offset);
            return square > 0 ? IntegerMath.Sqrt(square) : 0;
        }

        private static long Gain(long scale, int gain)
        {
            return IntegerMath.MultiplyShift(scale, gain, 30);
        }

        private static long NonNegative(long value)
        {
            return value < 0 ? 0 : value;
        }

        private static void Clear(Measurement result)
        {
            result.VoltageMillivolts = 0;
            result.CurrentMicroamps = 0;
            result.NeutralMicroamps = 0;
            result.ActiveMicrowatts = 0;
            result.ReactiveMicrovars = 0;
            result.NeutralActiveMicrowatts = 0;
            result.BilledFromNeutral = false;
            result.ApparentMicrovoltAmperes = 0;
            result.PowerFactorPerMille = 0;
            result.FrequencyMillihertz = 0;
        }
    }
}
