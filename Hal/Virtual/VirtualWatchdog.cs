using System;
using Meter.Hal.Clock;
using Meter.Hal.Watchdog;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The virtual board's hardware watchdog, timed by the board's monotonic clock (so it runs as
    /// fast as the scaled clock and stands still with a manual one).
    /// Model: expiry is evaluated whenever the watchdog is looked at (<see cref="Check"/>,
    /// <see cref="Start"/>, <see cref="Feed"/>, <see cref="IsRunning"/>, <see cref="ExpiryCount"/>),
    /// so a feed that comes after the deadline never rescues the board. On expiry the watchdog
    /// stops (as a reset stops the real one) and counts the expiry. <see cref="Expired"/> is
    /// raised only from <see cref="Check"/>, once per expiry, so it runs on the thread that owns
    /// the board's tick (the virtual board's loop, or a test), never on an application thread
    /// that happened to feed the watchdog or read a property: a handler that stops the
    /// application from there would otherwise wait on its own thread.
    /// </summary>
    public sealed class VirtualWatchdog : IWatchdog
    {
        private readonly object _sync = new object();
        private readonly FeedDeadline _deadline;
        private int _expiryCount;
        private int _reportedCount;

        public VirtualWatchdog(IMonotonicClock clock, int timeoutMilliseconds)
        {
            _deadline = new FeedDeadline(clock, timeoutMilliseconds);
        }

        /// <summary>Raised once per expiry, by <see cref="Check"/> on the caller's thread.</summary>
        public event EventHandler Expired;

        public int TimeoutMilliseconds
        {
            get { return _deadline.TimeoutMilliseconds; }
        }

        /// <summary>True between <see cref="Start"/> and the next expiry.</summary>
        public bool IsRunning
        {
            get
            {
                Evaluate();
                return _deadline.IsArmed;
            }
        }

        /// <summary>True once the watchdog has expired at least once: the board's last reset reason.</summary>
        public bool HasExpired
        {
            get { return ExpiryCount > 0; }
        }

        /// <summary>Expiries so far, including any <see cref="Check"/> has not reported yet.</summary>
        public int ExpiryCount
        {
            get
            {
                Evaluate();
                lock (_sync)
                {
                    return _expiryCount;
                }
            }
        }

        public void Start()
        {
            Evaluate();
            _deadline.Arm();
        }

        public void Feed()
        {
            Evaluate();
            _deadline.Feed();
        }

        /// <summary>
        /// Evaluates the deadline and raises <see cref="Expired"/> for every expiry not reported
        /// yet (usually none or one); returns true when this call reported one.
        /// </summary>
        public bool Check()
        {
            Evaluate();
            int unreported;
            lock (_sync)
            {
                unreported = _expiryCount - _reportedCount;
                _reportedCount = _expiryCount;
            }

            EventHandler handler = Expired;
            for (int i = 0; i < unreported && handler != null; i++)
            {
                handler(this, EventArgs.Empty);
            }

            return unreported > 0;
        }

        /// <summary>Counts an expiry if the deadline has passed; raises nothing.</summary>
        private void Evaluate()
        {
            if (_deadline.Expire())
            {
                lock (_sync)
                {
                    _expiryCount++;
                }
            }
        }
    }
}
