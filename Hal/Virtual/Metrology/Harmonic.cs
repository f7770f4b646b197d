namespace Meter.Hal.Virtual
{
    /// <summary>One harmonic of a synthesised waveform: order, amplitude relative to the fundamental, phase.</summary>
    public sealed class Harmonic
    {
        /// <summary>A harmonic of <paramref name="order"/> (2 or more) with <paramref name="fraction"/> of the fundamental's amplitude.</summary>
        public Harmonic(int order, double fraction, double phaseDegrees)
        {
            if (order < 2)
            {
                throw new System.ArgumentOutOfRangeException("order");
            }

            Order = order;
            Fraction = fraction;
            PhaseDegrees = phaseDegrees;
        }

        /// <summary>Multiple of the fundamental frequency.</summary>
        public int Order { get; }

        /// <summary>Amplitude as a fraction of the fundamental (0.1 = 10 %).</summary>
        public double Fraction { get; }

        /// <summary>Phase in degrees relative to its own fundamental at t = 0, in units of this harmonic's period.</summary>
        public double PhaseDegrees { get; }
    }
}
