namespace Meter.Runtime
{
    /// <summary>Timing of the supervisor, in milliseconds of the board's monotonic clock.</summary>
    public sealed class SupervisorSettings
    {
        public SupervisorSettings(int checkIntervalMilliseconds, int backoffBaseMilliseconds, int backoffMaxMilliseconds, int stableRunMilliseconds)
        {
            CheckIntervalMilliseconds = checkIntervalMilliseconds;
            BackoffBaseMilliseconds = backoffBaseMilliseconds;
            BackoffMaxMilliseconds = backoffMaxMilliseconds;
            StableRunMilliseconds = stableRunMilliseconds;
        }

        /// <summary>Production timing: check every 100 ms, restart after 0.25 s doubling to 60 s.</summary>
        public static SupervisorSettings Default
        {
            get { return new SupervisorSettings(100, 250, 60000, 60000); }
        }

        /// <summary>How often heartbeats are checked and the watchdog fed.</summary>
        public int CheckIntervalMilliseconds { get; }

        /// <summary>Delay before the first restart; each consecutive failure doubles it.</summary>
        public int BackoffBaseMilliseconds { get; }

        public int BackoffMaxMilliseconds { get; }

        /// <summary>A run that stays healthy this long resets the backoff.</summary>
        public int StableRunMilliseconds { get; }
    }
}
