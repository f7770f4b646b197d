namespace Meter.Hal.Watchdog
{
    /// <summary>
    /// Hardware watchdog: once started it resets the board unless fed within the timeout.
    /// Only the runtime's WatchdogKeeper feeds it, and only while every critical task is alive.
    /// </summary>
    public interface IWatchdog
    {
        int TimeoutMilliseconds { get; }

        void Start();

        void Feed();
    }
}
