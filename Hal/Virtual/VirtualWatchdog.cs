using System;
using System.Threading;
using Meter.Hal.Clock;
using Meter.Hal.Watchdog;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The virtual board's hardware watchdog, timed by the board's monotonic clock (so it runs as
    /// fast as the scaled clock and stands still with a manual one).
    /// Model: expiry is evaluated whenever it is looked at — <see cref="Check"/>, <see cref="Feed"/>,
    /// <see cref="HasExpired"/>, <see cref="ExpiryCount"/> — so a feed that comes after the
    /// deadline never rescues the board. The virtual board calls <see cref="Check"/> from its
    /// tick loop; tests call it after advancing a manual clock. On expiry the watchdog stops
    /// (as a reset stops the real one), counts the expiry and raises <see cref="Expired"/>, which
    /// the virtual board handles by restarting the meter application; the application then
    /// starts the watchdog again.
    /// </summary>
    public sealed class VirtualWatchdog : IWatchdog
    {
        private readonly FeedDeadline _deadline;
        private int _expiryCount;

        public VirtualWatchdog(IMonotonicClock clock, int timeoutMilliseconds)
        {
            _deadline = new FeedDeadline(clock, timeoutMilliseconds);
        }

        /// <summary>Raised once per expiry, on the thread that noticed it.</summary>
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
                Check();
                return _deadline.IsArmed;
            }
        }

        /// <summary>True once the watchdog has expired at least once: the board's last reset reason.</summary>
        public bool HasExpired
        {
            get { return ExpiryCount > 0; }
        }

        public int ExpiryCount
        {
            get
            {
                Check();
                return _expiryCount;
            }
        }

        public void Start()
        {
            Check();
            _deadline.Arm();
        }

        public void Feed()
        {
            Check();
            _deadline.Feed();
        }

        /// <summary>Evaluates the deadline; returns true when this call observed an expiry.</summary>
        public bool Check()
        {
            if (!_deadline.Expire())
            {
                return false;
            }

            Interlocked.Increment(ref _expiryCount);
            EventHandler handler = Expired;
            if (handler != null)
            {
                handler(this, EventArgs.Empty);
            }

            return true;
        }
    }
}
