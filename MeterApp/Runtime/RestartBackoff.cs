namespace Meter.Runtime
{
    /// <summary>
    /// The supervisor's restart delay: the base delay for the first failure, doubled for each
    /// further consecutive failure, never above the cap. Pure, so the schedule is tested without
    /// threads or clocks.
    /// </summary>
    public static class RestartBackoff
    {
        /// <summary>
        /// The delay before restarting a task after <paramref name="failures"/> consecutive
        /// failures (the current one included; 0 counts as 1). A base of 0 or less restarts at
        /// once; the cap always wins over the base; the result is never negative.
        /// </summary>
        public static int Delay(int failures, int baseMilliseconds, int maxMilliseconds)
        {
            if (maxMilliseconds <= 0 || baseMilliseconds <= 0)
            {
                return 0;
            }

            // Long, and the loop ends once the cap is reached: at most ~31 doublings of an int.
            long delay = baseMilliseconds;
            for (int i = 1; i < failures && delay < maxMilliseconds; i++)
            {
                delay *= 2;
            }

            return delay < maxMilliseconds ? (int)delay : maxMilliseconds;
        }
    }
}
