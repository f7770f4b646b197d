using System;
using System.Threading;
using Meter.Hal.Clock;
using nanoFramework.Runtime.Native;

namespace Meter.Hal.Device
{
    /// <summary>
    /// Uptime and calendar time on a device. Uptime is System.Environment.TickCount64
    /// (nanoFramework.Runtime.Native: milliseconds since the CLR started, from the execution
    /// engine's tick counter), which setting the RTC does not move, unlike DateTime.UtcNow; it
    /// is still guarded so it never goes backwards. The RTC is DateTime.UtcNow, set through
    /// nanoFramework.Runtime.Native.Rtc.SetSystemTime (whole seconds; the firmware's RTC
    /// feature must be on, as it is for both reference boards).
    /// </summary>
    public sealed class DeviceClock : IMonotonicClock, IRealTimeClock
    {
        private readonly object _sync = new object();
        private long _lastUptime;

        public long UptimeMilliseconds
        {
            get
            {
                long now = Environment.TickCount64;
                lock (_sync)
                {
                    if (now < _lastUptime)
                    {
                        now = _lastUptime;
                    }

                    _lastUptime = now;
                    return now;
                }
            }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        public void SetUtcNow(DateTime utc)
        {
            if (!Rtc.SetSystemTime(utc))
            {
                throw new InvalidOperationException("the firmware refused to set the RTC");
            }
        }

        public void Sleep(int milliseconds)
        {
            Thread.Sleep(milliseconds > 0 ? milliseconds : 0);
        }
    }
}
