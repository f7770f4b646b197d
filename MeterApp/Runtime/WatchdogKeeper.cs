using Meter.Hal.Watchdog;

namespace Meter.Runtime
{
    /// <summary>
    /// Feeds the hardware watchdog only while every critical task heartbeats, so a hung
    /// metrology task resets the board instead of leaving a meter that looks alive.
    /// </summary>
    public sealed class WatchdogKeeper
    {
        private readonly IWatchdog _watchdog;
        private int _withheld;
        private string _blockedBy = string.Empty;

        public WatchdogKeeper(IWatchdog watchdog)
        {
            _watchdog = watchdog;
        }

        /// <summary>Consecutive checks on which the feed was withheld (0 when healthy).</summary>
        public int WithheldChecks
        {
            get { return _withheld; }
        }

        /// <summary>The critical task that last stopped the feed, or an empty string.</summary>
        public string BlockedBy
        {
            get { return _blockedBy; }
        }

        internal void Start()
        {
            _watchdog.Start();
        }

        /// <summary>Feeds the watchdog when <paramref name="unhealthyCriticalTask"/> is null.</summary>
        internal void Evaluate(string unhealthyCriticalTask)
        {
            if (unhealthyCriticalTask == null)
            {
                _watchdog.Feed();
                _withheld = 0;
                _blockedBy = string.Empty;
                return;
            }

            _withheld++;
            _blockedBy = unhealthyCriticalTask;
        }
    }
}
