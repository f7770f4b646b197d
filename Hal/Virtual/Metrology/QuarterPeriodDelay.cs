using System;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The 90°-shifted voltage as metering chips make it: the voltage codes delayed by a quarter of
    /// the nominal period, D = fs / (4·f_nom) samples (20.48 at 4096 Hz / 50 Hz), the fractional part by
    /// linear interpolation between the two nearest samples, with the interpolator's gain loss at f_nom
    /// (7e-4 at 4096 Hz / 50 Hz) divided out.
    /// </summary>
    /// <remarks>
    /// Error against frequency: the delay is a fixed time, so at frequency f the shift is
    /// θ = 90°·f/f_nom and Σv90·i/n = V·I·cos(φ − θ): a reading of Q picks up −P·sin(90°·(f − f_nom)/f_nom),
    /// about −1.57 %·P per 1 % of frequency deviation (∓3.1 % of P at ±2 %). Measurement code that
    /// knows f and P can remove it: Q = (Q_read − P·cos θ) / sin θ. The interpolator's own phase error
    /// is below 1e-6 rad at 50 Hz. Harmonic h is shifted by h·θ (the 3rd by 270°, i.e. −90°), as in
    /// delay-line chips.
    /// </remarks>
    internal sealed class QuarterPeriodDelay
    {
        private readonly int[] _history;
        private readonly int _wholeDelay;
        private readonly double _nearWeight;
        private readonly double _farWeight;
        private int _write;

        public QuarterPeriodDelay(int sampleRateHz, double nominalFrequencyHz)
        {
            double delay = sampleRateHz / (4.0 * nominalFrequencyHz);
            _wholeDelay = (int)delay;
            double fraction = delay - _wholeDelay;
            double x = 2.0 * Math.PI * nominalFrequencyHz / sampleRateHz;
            double re = 1.0 - fraction + fraction * Math.Cos(x);
            double im = fraction * Math.Sin(x);
            double gain = 1.0 / Math.Sqrt(re * re + im * im);
            _nearWeight = (1.0 - fraction) * gain;
            _farWeight = fraction * gain;
            _history = new int[_wholeDelay + 2];
        }

        /// <summary>Samples of history needed before the output is valid.</summary>
        public int Length
        {
            get { return _history.Length; }
        }

        /// <summary>Stores the newest voltage code and returns the shifted voltage for the same instant, rounded to a code.</summary>
        public int Push(int code)
        {
            int length = _history.Length;
            _history[_write] = code;
            int near = _write - _wholeDelay;
            if (near < 0)
            {
                near += length;
            }

            int far = near == 0 ? length - 1 : near - 1;
            _write = _write + 1 == length ? 0 : _write + 1;
            double shifted = _nearWeight * _history[near] + _farWeight * _history[far];
            return AdcQuantiser.Round(shifted);
        }
    }
}
