namespace Meter.Hal.Virtual
{
    /// <summary>Turns an analogue value in LSB into a clipped ADC code, as the converter does.</summary>
    internal sealed class AdcQuantiser
    {
        private readonly int _fullScale;

        public AdcQuantiser(int bits)
        {
            _fullScale = (1 << (bits - 1)) - 1;
        }

        /// <summary>Largest positive code; codes are clipped to ±FullScale.</summary>
        public int FullScale
        {
            get { return _fullScale; }
        }

        /// <summary>Rounds half away from zero.</summary>
        public static int Round(double value)
        {
            return value >= 0 ? (int)(value + 0.5) : -(int)(0.5 - value);
        }

        /// <summary>The code for <paramref name="lsb"/>, or ±FullScale with <see cref="Clipped"/> set if it is out of range.</summary>
        public int Convert(double lsb)
        {
            if (lsb > _fullScale)
            {
                Clipped = true;
                return _fullScale;
            }

            if (lsb < -_fullScale)
            {
                Clipped = true;
                return -_fullScale;
            }

            return Round(lsb);
        }

        /// <summary>Set when a conversion clipped; the front end clears it at each frame.</summary>
        public bool Clipped;
    }
}
