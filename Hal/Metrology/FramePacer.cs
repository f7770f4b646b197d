using Meter.Hal.Clock;

namespace Meter.Hal.Metrology
{
    /// <summary>
    /// Releases frames in real time on a monotonic clock: a frame is ready once the clock has passed
    /// the instant its last sample was taken (counted from construction).
    /// </summary>
    internal sealed class FramePacer
    {
        private readonly IMonotonicClock _clock;
        private readonly long _startMilliseconds;
        private readonly int _sampleRateHz;

        public FramePacer(IMonotonicClock clock, int sampleRateHz)
        {
            _clock = clock;
            _sampleRateHz = sampleRateHz;
            _startMilliseconds = clock.UptimeMilliseconds;
        }

        /// <summary>
        /// Waits until sample <paramref name="endSample"/> (exclusive) has been taken, or
        /// <paramref name="timeoutMilliseconds"/> has passed; true when the samples are there.
        /// </summary>
        public bool WaitFor(long endSample, int timeoutMilliseconds)
        {
            long due = _startMilliseconds + (endSample * 1000 + _sampleRateHz - 1) / _sampleRateHz;
            long wait = due - _clock.UptimeMilliseconds;
            if (wait <= 0)
            {
                return true;
            }

            if (wait > timeoutMilliseconds)
            {
                if (timeoutMilliseconds > 0)
                {
                    _clock.Sleep(timeoutMilliseconds);
                }

                return false;
            }

            _clock.Sleep((int)wait);
            return true;
        }
    }
}
