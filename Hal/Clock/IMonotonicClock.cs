namespace Meter.Hal.Clock
{
    /// <summary>
    /// Time since boot. It never goes backwards and is not moved by setting the RTC, so
    /// timeouts, heartbeats and backoff use it. Tasks sleep through it, which lets the virtual
    /// board run time faster than real time.
    /// </summary>
    public interface IMonotonicClock
    {
        /// <summary>Milliseconds since boot.</summary>
        long UptimeMilliseconds { get; }

        /// <summary>Blocks the calling thread for this many milliseconds of this clock's time.</summary>
        void Sleep(int milliseconds);
    }
}
