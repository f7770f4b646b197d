using System;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The virtual board's monotonic clock and RTC. In scaled mode virtual time runs
    /// <see cref="Speed"/> times faster than real time, so a day of heartbeats, backoff and
    /// persistence intervals passes in minutes. In manual mode time stands still until a test
    /// calls <see cref="Advance"/>, and Sleep waits for that.
    /// </summary>
    public sealed class VirtualClock : IMonotonicClock, IRealTimeClock
    {
        private readonly object _sync = new object();
        private readonly bool _manual;
        private readonly int _speed;
        private readonly long _realStartTicks;
        private long _manualMilliseconds;
        private long _lastReported;
        private long _rtcOffsetTicks;

        private VirtualClock(bool manual, int speed, DateTime rtcStart)
        {
            _manual = manual;
            _speed = speed;
            _realStartTicks = DateTime.UtcNow.Ticks;
            _rtcOffsetTicks = rtcStart.Ticks;
        }

        /// <summary>A clock whose time only moves when <see cref="Advance"/> is called.</summary>
        public static VirtualClock Manual(DateTime rtcStart)
        {
            return new VirtualClock(true, 1, rtcStart);
        }

        /// <summary>A clock that runs <paramref name="speed"/> times faster than real time.</summary>
        public static VirtualClock Scaled(int speed, DateTime rtcStart)
        {
            if (speed < 1)
            {
                throw new ArgumentOutOfRangeException("speed");
            }

            return new VirtualClock(false, speed, rtcStart);
        }

        public int Speed
        {
            get { return _speed; }
        }

        public long UptimeMilliseconds
        {
            get
            {
                lock (_sync)
                {
                    long now = _manual
                        ? _manualMilliseconds
                        : (DateTime.UtcNow.Ticks - _realStartTicks) / TimeSpan.TicksPerMillisecond * _speed;

                    // The host's wall clock can step backwards; the monotonic clock must not.
                    if (now < _lastReported)
                    {
                        now = _lastReported;
                    }

                    _lastReported = now;
                    return now;
                }
            }
        }

        public DateTime UtcNow
        {
            get
            {
                long uptime = UptimeMilliseconds;
                lock (_sync)
                {
                    return new DateTime(_rtcOffsetTicks + uptime * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
                }
            }
        }

        public void SetUtcNow(DateTime utc)
        {
            long uptime = UptimeMilliseconds;
            lock (_sync)
            {
                _rtcOffsetTicks = utc.Ticks - uptime * TimeSpan.TicksPerMillisecond;
            }
        }

        /// <summary>Moves manual time forward; sleepers whose deadline has passed wake up.</summary>
        public void Advance(int milliseconds)
        {
            if (!_manual)
            {
                throw new InvalidOperationException("Advance needs a manual clock");
            }

            lock (_sync)
            {
                _manualMilliseconds += milliseconds;
            }
        }

        public void Sleep(int milliseconds)
        {
            if (milliseconds <= 0)
            {
                Thread.Sleep(0);
                return;
            }

            if (!_manual)
            {
                int real = milliseconds / _speed;
                Thread.Sleep(real > 0 ? real : 1);
                return;
            }

            long deadline = UptimeMilliseconds + milliseconds;
            while (UptimeMilliseconds < deadline)
            {
                Thread.Sleep(1);
            }
        }
    }
}
