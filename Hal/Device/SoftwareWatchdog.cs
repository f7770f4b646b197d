using System.Threading;
using Meter.Hal.Clock;
using Meter.Hal.Watchdog;
using nanoFramework.Runtime.Native;

namespace Meter.Hal.Device
{
    /// <summary>
    /// A supervisor-thread watchdog. nanoFramework 1.x has no managed API for the MCU's
    /// hardware watchdog (none in the API lists, nanoFramework.Runtime.Native or
    /// nanoFramework.Hardware.Esp32), so a highest-priority thread checks the feed deadline and
    /// calls Power.RebootDevice() when it passes. It catches managed tasks that stop feeding
    /// (deadlock, endless loop, dead thread); it cannot catch a hang of the interpreter or the
    /// RTOS itself, which only a hardware watchdog in a custom firmware (or ESP-IDF's own task
    /// watchdog, when enabled in the firmware) covers.
    /// </summary>
    public sealed class SoftwareWatchdog : IWatchdog
    {
        private const int LongestPollMilliseconds = 250;

        private readonly object _sync = new object();
        private readonly FeedDeadline _deadline;
        private readonly int _pollMilliseconds;
        private Thread _supervisor;

        public SoftwareWatchdog(IMonotonicClock clock, int timeoutMilliseconds)
        {
            _deadline = new FeedDeadline(clock, timeoutMilliseconds);
            int quarter = timeoutMilliseconds / 4;
            _pollMilliseconds = quarter < 1 ? 1 : (quarter > LongestPollMilliseconds ? LongestPollMilliseconds : quarter);
        }

        public int TimeoutMilliseconds
        {
            get { return _deadline.TimeoutMilliseconds; }
        }

        public void Start()
        {
            lock (_sync)
            {
                _deadline.Arm();
                if (_supervisor != null)
                {
                    return;
                }

                _supervisor = new Thread(Supervise);
                _supervisor.Priority = ThreadPriority.Highest;
                _supervisor.Start();
            }
        }

        public void Feed()
        {
            _deadline.Feed();
        }

        private void Supervise()
        {
            while (true)
            {
                if (_deadline.Expire())
                {
                    Power.RebootDevice();
                    return;
                }

                long left = _deadline.MillisecondsLeft;
                Thread.Sleep(left > 0 && left < _pollMilliseconds ? (int)left : _pollMilliseconds);
            }
        }
    }
}
