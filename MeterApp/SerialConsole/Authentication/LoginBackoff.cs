namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// How long login stays locked after consecutive failures: 1 s after the first, doubling
    /// with each further one, capped at 5 minutes. Enforced by refusing attempts until the lockout
    /// ends (on the monotonic clock), never by sleeping the console thread.
    /// </summary>
    public static class LoginBackoff
    {
        public const int FirstDelayMilliseconds = 1000;
        public const int MaxDelayMilliseconds = 5 * 60 * 1000;

        /// <summary>Consecutive failures from which the delay is <see cref="MaxDelayMilliseconds"/>.</summary>
        public const int FailuresForMaxDelay = 10;

        /// <summary>The lockout after <paramref name="consecutiveFailures"/> failures in a row (0 for none).</summary>
        public static int DelayMilliseconds(long consecutiveFailures)
        {
            if (consecutiveFailures <= 0)
            {
                return 0;
            }

            // 1000 << 8 = 256 s is the last step below the cap; checking first avoids any overflow.
            if (consecutiveFailures >= FailuresForMaxDelay)
            {
                return MaxDelayMilliseconds;
            }

            int delay = FirstDelayMilliseconds << (int)(consecutiveFailures - 1);
            return delay > MaxDelayMilliseconds ? MaxDelayMilliseconds : delay;
        }
    }
}
