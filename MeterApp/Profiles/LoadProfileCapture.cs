using System;
using Meter.Hal.Clock;
using Meter.Metrology;

namespace Meter.Profiles
{
    /// <summary>
    /// Fills the load profile: at every capture_period boundary (UTC; aligned to midnight when
    /// the period divides a day, so 900 s falls on the quarter hours) it stores the four energy registers read from the
    /// metrology task's published snapshot (<see cref="IMeasurementSource.Latest"/>, never the
    /// task itself) with the AMR profile status, stamped with the boundary.
    /// <para>
    /// No capture is lost or duplicated across a restart: whether a boundary is due is decided
    /// from the newest capture on flash (<see cref="LoadProfileRing.Last"/>), never from RAM, so
    /// a boundary passed while the meter restarted is captured on the first poll after it, and
    /// one already captured is not captured again. Boundaries that passed while the meter was
    /// off are not filled in: the meter measured nothing then; the first capture after a
    /// restart carries <see cref="AmrProfileStatus.PowerDown"/> to mark the gap. Entries never
    /// go back in time: a clock set back captures again only once it passes the newest entry.
    /// </para>
    /// <para>
    /// Registers never go backwards in the profile: a register below the newest capture (the
    /// registers restored after a power cut from their last persisted value) is held at the
    /// captured value and the entry flagged <see cref="AmrProfileStatus.DataNotValid"/>. Until
    /// metrology publishes its first snapshot after start nothing is captured: the due boundary
    /// stays due and is captured on the first poll after it (while the meter was off the
    /// registers did not move, so a capture right after start holds the boundary's values).
    /// </para>
    /// Status bits set: power down (first capture after this object was built at boot, when
    /// the ring already held captures), clock adjusted (the RTC moved against the monotonic
    /// clock by more than <see cref="ClockAdjustToleranceMilliseconds"/> since the last capture),
    /// clock invalid (the RTC reads before <see cref="PlausibleEpochYear"/>, as after losing its
    /// backup supply), data not valid (above). Thread-safe: the scheduling task and the DLMS
    /// capture method may call it at once.
    /// </summary>
    public sealed class LoadProfileCapture
    {
        /// <summary>IDIS default capture period of load profile 1: 15 minutes.</summary>
        public const int DefaultPeriodSeconds = 900;

        /// <summary>An RTC jump beyond this, seen between two polls, flags the next capture as clock adjusted.</summary>
        public const int ClockAdjustToleranceMilliseconds = 1000;

        /// <summary>An RTC reading before this year is invalid (reset to its power-on value).</summary>
        public const int PlausibleEpochYear = 2020;

        private readonly object _sync = new object();
        private readonly LoadProfileRing _ring;
        private readonly IMeasurementSource _source;
        private readonly IRealTimeClock _rtc;
        private readonly IMonotonicClock _uptime;
        private readonly long _periodTicks;
        private readonly DateTime _plausibleEpoch = new DateTime(PlausibleEpochYear, 1, 1);
        private bool _powerDownPending;
        private bool _offsetKnown;
        private long _offsetMilliseconds;
        private byte _pendingStatus;

        /// <summary>Captures into <paramref name="ring"/> every <paramref name="periodSeconds"/> (1 .. one day).</summary>
        public LoadProfileCapture(LoadProfileRing ring, IMeasurementSource source, IRealTimeClock rtc, IMonotonicClock uptime, int periodSeconds)
        {
            if (ring == null || source == null || rtc == null || uptime == null)
            {
                throw new ArgumentNullException(ring == null ? "ring" : source == null ? "source" : "clock");
            }

            if (periodSeconds < 1 || periodSeconds > 86400)
            {
                throw new ArgumentOutOfRangeException("periodSeconds");
            }

            _ring = ring;
            _source = source;
            _rtc = rtc;
            _uptime = uptime;
            _periodTicks = periodSeconds * TimeSpan.TicksPerSecond;
            _powerDownPending = ring.Last != null;
        }

        /// <summary>capture_period in seconds.</summary>
        public int PeriodSeconds
        {
            get { return (int)(_periodTicks / TimeSpan.TicksPerSecond); }
        }

        /// <summary>The ring captured into.</summary>
        public LoadProfileRing Ring
        {
            get { return _ring; }
        }

        /// <summary>The newest capture_period boundary at or before <paramref name="utc"/>.</summary>
        public DateTime BoundaryAtOrBefore(DateTime utc)
        {
            return new DateTime(utc.Ticks - (utc.Ticks % _periodTicks), DateTimeKind.Utc);
        }

        /// <summary>Milliseconds from the RTC's time to the next boundary after it (1 .. period).</summary>
        public long MillisecondsToNextBoundary()
        {
            long left = _periodTicks - (_rtc.UtcNow.Ticks % _periodTicks);
            long milliseconds = left / TimeSpan.TicksPerMillisecond;
            return milliseconds < 1 ? 1 : milliseconds;
        }

        /// <summary>
        /// Polls the clocks and captures the newest boundary if it is later than the newest
        /// capture; returns the capture, or null when none was due, metrology has published
        /// nothing yet or the store is read-only.
        /// Store exceptions pass through.
        /// </summary>
        public LoadProfileEntry CaptureIfDue()
        {
            lock (_sync)
            {
                DateTime now = ObserveClock();
                DateTime boundary = BoundaryAtOrBefore(now);
                LoadProfileEntry last = _ring.Last;
                if (last != null && boundary <= last.Timestamp)
                {
                    return null;
                }

                return CaptureLocked(boundary);
            }
        }

        /// <summary>
        /// Captures now (the profile's capture method), stamped with the current second, unless
        /// that would not be later than the newest capture; null then, before metrology's first
        /// snapshot, or when the store is read-only.
        /// </summary>
        public LoadProfileEntry CaptureNow()
        {
            lock (_sync)
            {
                DateTime now = ObserveClock();
                DateTime stamp = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
                LoadProfileEntry last = _ring.Last;
                if (last != null && stamp <= last.Timestamp)
                {
                    return null;
                }

                return CaptureLocked(stamp);
            }
        }

        private DateTime ObserveClock()
        {
            long uptime = _uptime.UptimeMilliseconds;
            DateTime now = _rtc.UtcNow;
            long offset = now.Ticks / TimeSpan.TicksPerMillisecond - uptime;
            if (_offsetKnown)
            {
                long moved = offset - _offsetMilliseconds;
                if (moved > ClockAdjustToleranceMilliseconds || moved < -ClockAdjustToleranceMilliseconds)
                {
                    _pendingStatus |= AmrProfileStatus.ClockAdjusted;
                }
            }

            _offsetMilliseconds = offset;
            _offsetKnown = true;
            return now;
        }

        private LoadProfileEntry CaptureLocked(DateTime stamp)
        {
            if (_ring.IsReadOnly)
            {
                return null;
            }

            MeasurementSnapshot snapshot = _source.Latest;
            if (snapshot == null)
            {
                return null;
            }

            byte status = _pendingStatus;
            if (_powerDownPending)
            {
                status |= AmrProfileStatus.PowerDown;
            }

            if (stamp < _plausibleEpoch)
            {
                status |= AmrProfileStatus.ClockInvalid;
            }

            LoadProfileEntry last = _ring.Last;
            long[] registers = new long[]
            {
                snapshot.ActiveImportUnits, snapshot.ActiveExportUnits, snapshot.ReactiveImportUnits, snapshot.ReactiveExportUnits,
            };
            if (last != null)
            {
                long[] previous = new long[] { last.ActiveImport, last.ActiveExport, last.ReactiveImport, last.ReactiveExport };
                for (int i = 0; i < registers.Length; i++)
                {
                    if (registers[i] < previous[i])
                    {
                        registers[i] = previous[i];
                        status |= AmrProfileStatus.DataNotValid;
                    }
                }
            }

            LoadProfileEntry entry = _ring.Append(stamp, status, registers[0], registers[1], registers[2], registers[3]);
            _powerDownPending = false;
            _pendingStatus = 0;
            return entry;
        }
    }
}
