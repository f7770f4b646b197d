using System;
using Meter.Hal.Clock;

namespace Meter.Hal.Watchdog
{
    /// <summary>
    /// The expiry rule every watchdog here follows: once armed, it expires when the monotonic
    /// clock reaches the last feed time plus the timeout. A feed that arrives after the deadline
    /// does not rescue it (real hardware would already have reset), and an expiry disarms it
    /// until it is armed again, as a reset stops a hardware watchdog until firmware restarts it.
    /// </summary>
    public sealed class FeedDeadline
    {
        private readonly object _sync = new object();
        private readonly IMonotonicClock _clock;
        private readonly int _timeoutMilliseconds;
        private bool _armed;
        private long _deadline;

        public FeedDeadline(IMonotonicClock clock, int timeoutMilliseconds)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (timeoutMilliseconds <= 0)
            {
                throw new ArgumentOutOfRangeException("timeoutMilliseconds");
            }

            _clock = clock;
            _timeoutMilliseconds = timeoutMilliseconds;
        }

        public int TimeoutMilliseconds
        {
            get { return _timeoutMilliseconds; }
        }

        public bool IsArmed
        {
            get
            {
                lock (_sync)
                {
                    return _armed;
                }
            }
        }

        /// <summary>Starts the countdown; arming a running deadline counts as a feed.</summary>
        public void Arm()
        {
            lock (_sync)
            {
                if (_armed)
                {
                    FeedLocked();
                    return;
                }

                _armed = true;
                _deadline = _clock.UptimeMilliseconds + _timeoutMilliseconds;
            }
        }

        /// <summary>Pushes the deadline out by the timeout; ignored when disarmed or already overdue.</summary>
        public void Feed()
        {
            lock (_sync)
            {
                if (_armed)
                {
                    FeedLocked();
                }
            }
        }

        /// <summary>
        /// Returns true exactly once per expiry: when armed and the deadline has passed. The
        /// deadline is then disarmed.
        /// </summary>
        public bool Expire()
        {
            lock (_sync)
            {
                if (!_armed || _clock.UptimeMilliseconds < _deadline)
                {
                    return false;
                }

                _armed = false;
                return true;
            }
        }

        /// <summary>Milliseconds until expiry: 0 when overdue, -1 when disarmed.</summary>
        public long MillisecondsLeft
        {
            get
            {
                lock (_sync)
                {
                    if (!_armed)
                    {
                        return -1;
                    }

                    long left = _deadline - _clock.UptimeMilliseconds;
                    return left > 0 ? left : 0;
                }
            }
        }

        private void FeedLocked()
        {
            long now = _clock.UptimeMilliseconds;
            if (now < _deadline)
            {
                _deadline = now + _timeoutMilliseconds;
            }
        }
    }
}
