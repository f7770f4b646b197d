using Meter.Hal.Clock;
using Meter.SerialConsole.Authentication;

namespace Meter.Tests.SerialConsole
{
    /// <summary>
    /// A manual monotonic clock that can let time pass right after a read, as a slow computation
    /// that follows the read would (PBKDF2 on the device takes about 2 s).
    /// </summary>
    public sealed class StallingClock : IMonotonicClock
    {
        private long _now;
        private long _stallAfterNextRead;

        public long UptimeMilliseconds
        {
            get
            {
                long now = _now;
                _now += _stallAfterNextRead;
                _stallAfterNextRead = 0;
                return now;
            }
        }

        /// <summary>The next read returns the time as it is, then <paramref name="milliseconds"/> pass.</summary>
        public void StallAfterNextRead(long milliseconds)
        {
            _stallAfterNextRead = milliseconds;
        }

        public void Advance(long milliseconds)
        {
            _now += milliseconds;
        }

        public void Sleep(int milliseconds)
        {
            _now += milliseconds;
        }
    }

    /// <summary>
    /// An attempt counter after whose increment the check of the secret takes
    /// <c>checkMilliseconds</c> of clock time: the authenticator reads the clock once to arm the
    /// lockout, then verifies.
    /// </summary>
    public sealed class SlowCheckAttemptCounter : IAttemptCounter
    {
        private readonly StallingClock _clock;
        private readonly long _checkMilliseconds;

        public SlowCheckAttemptCounter(StallingClock clock, long checkMilliseconds)
        {
            _clock = clock;
            _checkMilliseconds = checkMilliseconds;
        }

        public long Value { get; private set; }

        public void Increment()
        {
            Value++;
            _clock.StallAfterNextRead(_checkMilliseconds);
        }
    }
}
