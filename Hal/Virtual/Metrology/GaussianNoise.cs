namespace Meter.Hal.Virtual
{
    /// <summary>
    /// Seeded white noise of a given RMS, approximately Gaussian: the sum of four uniform values
    /// (Irwin–Hall, variance 1/3) scaled by √3, which is cheap and repeats exactly from the seed.
    /// </summary>
    internal sealed class GaussianNoise
    {
        private const double UnitScale = 1.7320508075688772 / 4294967296.0;

        private readonly DeterministicRandom _random;

        public GaussianNoise(int seed)
        {
            _random = new DeterministicRandom(seed);
        }

        /// <summary>The next noise value with RMS <paramref name="rms"/> (0 draws nothing).</summary>
        public double Next(double rms)
        {
            if (rms == 0.0)
            {
                return 0.0;
            }

            long sum = (long)(int)_random.NextUInt() + (int)_random.NextUInt() + (int)_random.NextUInt() + (int)_random.NextUInt();
            return sum * UnitScale * rms;
        }
    }
}
