using System;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The virtual board's monotonic clock and RTC. In scaled mode virtual time runs
    /// <see cref="Speed"/> times faster than a real-time base, so a day of heartbeats, backoff
    /// and persistence intervals passes in minutes. In manual mode time stands still until a test
    /// calls <see cref="Advance"/>, and Sleep waits for that.
    /// </summary>
    public sealed class VirtualClock : IMonotonicClock, IRealTimeClock
    {
        private readonly object _sync = new object();
        private readonly IMonotonicClock _realTime;
        private readonly int _speed;
        private readonly long _realStart;
        private long _manualMilliseconds;
        private long _lastReported;
        private long _rtcOffsetTicks;

        private VirtualClock(IMonotonicClock realTime, int speed, DateTime rtcStart)
        {
            _realTime = realTime;
            _speed = speed;
            _realStart = realTime == null ? 0 : realTime.UptimeMilliseconds;
            _rtcOffsetTicks = rtcStart.Ticks;
        }

        /// <summary>A clock whose time only moves when <see cref="Advance"/> is called.</summary>
        public static VirtualClock Manual(DateTime rtcStart)
        {
            return new VirtualClock(null, 1, rtcStart);
        }

        /// <summary>
        /// A clock that runs <paramref name="speed"/> times faster than the system's wall clock
        /// (guarded against backward steps; the host passes a true monotonic base instead).
        /// </summary>
        public static VirtualClock Scaled(int speed, DateTime rtcStart)
        {
            return Scaled(speed, rtcStart, new WallClockBase());
        }

        /// <summary>A clock that runs <paramref name="speed"/> times faster than <paramref name="realTime"/>.</summary>
        public static VirtualClock Scaled(int speed, DateTime rtcStart, IMonotonicClock realTime)
        {
            if (speed < 1)
            {
                throw new ArgumentOutOfRangeException("speed");
            }

            if (realTime == null)
            {
                throw new ArgumentNullException("realTime");
            }

            return new VirtualClock(realTime, speed, rtcStart);
        }

        public int Speed
        {
            get { return _speed; }
        }

        public long UptimeMilliseconds
        {
            get
            {
                long now = _realTime == null ? 0 : (_realTime.UptimeMilliseconds - _realStart) * _speed;
                lock (_sync)
                {
                    if (_realTime == null)
                    {
                        now = _manualMilliseconds;
                    }

                    // Monotonic even if the real-time base misbehaves.
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
            if (_realTime != null)
            {
                throw new InvalidOperationException("Advance needs a manual clock");
            }

            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("milliseconds", "time only moves forward");
            }

            lock (_sync)
            {
                _manualMilliseconds += milliseconds;
            }
        }

        /// <summary>
        /// Sleeps until this clock has moved at least <paramref name="milliseconds"/> forward. In
        /// scaled mode the real sleeps are cut to the remaining virtual time, so a sleep never
        /// ends early even when it is shorter than one real millisecond per step.
        /// </summary>
        public void Sleep(int milliseconds)
        {
            if (milliseconds <= 0)
            {
                Thread.Sleep(0);
                return;
            }

            long deadline = UptimeMilliseconds + milliseconds;
            while (true)
            {
                long left = deadline - UptimeMilliseconds;
                if (left <= 0)
                {
                    return;
                }

                long real = _realTime == null ? 1 : left / _speed;
                Thread.Sleep(real < 1 ? 1 : (int)real);
            }
        }

        /// <summary>The wall clock as a millisecond base, for platforms without a monotonic tick API.</summary>
        private sealed class WallClockBase : IMonotonicClock
        {
            public long UptimeMilliseconds
            {
                get { return DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond; }
            }

            public void Sleep(int milliseconds)
            {
                Thread.Sleep(milliseconds);
            }
        }
    }
}
