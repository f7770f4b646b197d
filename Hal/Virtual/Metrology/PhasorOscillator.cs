using System;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// A sine generator by phase rotation: each step multiplies the phasor (cos θ, sin θ) by
    /// (cos Δ, sin Δ), one complex multiply instead of a Math.Sin call per sample. Rounding makes the
    /// phasor's length drift by about 1e-16 per step, so it is pulled back to 1 every
    /// <see cref="RenormaliseInterval"/> steps (one Newton step of 1/√x, which needs no Sqrt).
    /// </summary>
    internal sealed class PhasorOscillator
    {
        private const int RenormaliseInterval = 1024;

        private readonly double _amplitude;
        private readonly int _order;
        private double _cos;
        private double _sin;
        private double _stepCos;
        private double _stepSin;
        private int _untilRenormalise;

        /// <summary>An oscillator at <paramref name="order"/> times the fundamental, starting at <paramref name="phaseRadians"/>.</summary>
        public PhasorOscillator(int order, double amplitude, double phaseRadians)
        {
            _order = order;
            _amplitude = amplitude;
            _cos = Math.Cos(phaseRadians);
            _sin = Math.Sin(phaseRadians);
            _untilRenormalise = RenormaliseInterval;
        }

        /// <summary>Sets the fundamental's phase advance per sample, radians; the phase stays continuous.</summary>
        public void SetFundamentalStep(double radiansPerSample)
        {
            _stepCos = Math.Cos(_order * radiansPerSample);
            _stepSin = Math.Sin(_order * radiansPerSample);
        }

        /// <summary>The current value amplitude · sin θ, then advances θ by one sample.</summary>
        public double Next()
        {
            double value = _amplitude * _sin;
            double c = _cos * _stepCos - _sin * _stepSin;
            double s = _sin * _stepCos + _cos * _stepSin;
            if (--_untilRenormalise == 0)
            {
                double k = 0.5 * (3.0 - (c * c + s * s));
                c *= k;
                s *= k;
                _untilRenormalise = RenormaliseInterval;
            }

            _cos = c;
            _sin = s;
            return value;
        }
    }
}
