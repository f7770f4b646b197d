namespace Meter.Hal.Virtual
{
    /// <summary>
    /// Finds positive-going zero crossings of the voltage codes with hysteresis (the signal must
    /// first fall below −hysteresis, so noise near zero gives one crossing per cycle) and places each
    /// by linear interpolation between the two samples around it, in 1/65536 sample, integer only.
    /// </summary>
    internal sealed class ZeroCrossingDetector
    {
        private readonly int _hysteresis;
        private int _previous;
        private bool _armed;

        public ZeroCrossingDetector(int hysteresis)
        {
            _hysteresis = hysteresis;
        }

        /// <summary>
        /// Feeds the code of sample <paramref name="index"/> (relative to the frame start); returns the
        /// crossing position in 1/65536 sample, or long.MinValue when there is no crossing here.
        /// </summary>
        public long Feed(int code, long index)
        {
            long crossing = long.MinValue;
            if (code < -_hysteresis)
            {
                _armed = true;
            }
            else if (_armed && _previous < 0 && code >= 0)
            {
                _armed = false;
                long fraction = ((long)-_previous << 16) / ((long)code - _previous);
                crossing = ((index - 1) << 16) + fraction;
            }

            _previous = code;
            return crossing;
        }
    }
}
