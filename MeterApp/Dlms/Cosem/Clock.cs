using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Clock;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Clock, interface class 8 version 0 (IEC 62056-6-2 / Blue Book 4.5.1) over the meter's UTC
    /// real-time clock. Attribute 2 time is served as local time (octet-string date-time with the
    /// deviation in force and clock status, which flags an RTC outside 2000..2099 as invalid) and may be set; time_zone, clock_base and the
    /// daylight-saving attributes are configuration, read-only here: with a
    /// <see cref="DaylightSavingRule"/> the clock follows it (deviation time_zone minus
    /// daylight_savings_deviation and status bit 7 while it is in force), without one it keeps
    /// standard time all year (daylight_savings_enabled false, begin/end not specified).
    /// <para>
    /// Methods: 1 adjust_to_quarter, 3 adjust_to_minute, 4 adjust_to_preset_time,
    /// 5 preset_adjusting_time and 6 shift_time are served; 2 adjust_to_measuring_period is
    /// answered read-write-denied, because the clock does not know a measuring period. Every
    /// change of the time records ClockAdjustedOldTime and ClockAdjustedNewTime. A value of the
    /// wrong type is type-unmatched, a date-time that is not a valid instant (wildcards, fields
    /// out of range, a contradicting day of week, a year outside 2000..2099) other-reason.
    /// </para>
    /// </summary>
    public sealed class Clock : CosemObject
    {
        /// <summary>Class id of Clock.</summary>
        public const ushort Class = 8;

        /// <summary>clock_base internal crystal (1).</summary>
        public const byte ClockBaseInternalCrystal = 1;

        /// <summary>Largest shift_time in seconds (Blue Book 4.5.1: -900..900).</summary>
        public const int MaxShiftSeconds = 900;

        private const long TicksPerSecond = 10000000L;
        private const long TicksPerMinute = 60 * TicksPerSecond;
        private const long TicksPerQuarter = 15 * TicksPerMinute;

        private static readonly DlmsData NotSpecifiedDateTime = CosemClockTime.ToData(new CosemDateTime(
            new CosemDate(CosemDate.YearNotSpecified, CosemDate.NotSpecified, CosemDate.NotSpecified, CosemDate.NotSpecified),
            new CosemTime(CosemTime.NotSpecified, CosemTime.NotSpecified, CosemTime.NotSpecified, CosemTime.NotSpecified),
            CosemDateTime.DeviationNotSpecified,
            CosemDateTime.ClockStatusNotSpecified));

        private readonly object _sync = new object();
        private readonly IRealTimeClock _rtc;
        private readonly IEventRecorder _events;
        private readonly short _timeZone;
        private readonly DaylightSavingRule _daylightSaving;
        private readonly byte _clockBase;
        private bool _hasPreset;
        private DateTime _presetTime;
        private DateTime _validFrom;
        private DateTime _validTo;

        /// <summary>
        /// A clock named <paramref name="logicalName"/> (0.0.1.0.0.255) over <paramref name="rtc"/>, at
        /// <paramref name="timeZone"/> minutes (DLMS sign: UTC = local + time_zone, -720..720),
        /// following <paramref name="daylightSaving"/> (null: no daylight saving).
        /// </summary>
        public Clock(byte[] logicalName, IRealTimeClock rtc, IEventRecorder events, short timeZone, DaylightSavingRule daylightSaving, byte clockBase)
            : base(Class, 0, logicalName, 9, 6)
        {
            if (rtc == null || events == null)
            {
                throw new ArgumentNullException(rtc == null ? "rtc" : "events");
            }

            if (timeZone < -CosemClockTime.MaxDeviation || timeZone > CosemClockTime.MaxDeviation)
            {
                throw new ArgumentOutOfRangeException("timeZone");
            }

            _rtc = rtc;
            _events = events;
            _timeZone = timeZone;
            _daylightSaving = daylightSaving;
            _clockBase = clockBase;
        }

        /// <summary>The time zone in minutes, DLMS sign (UTC = local + time_zone).</summary>
        public short TimeZone
        {
            get { return _timeZone; }
        }

        /// <summary>The current time as attribute 2 reads it.</summary>
        public CosemDateTime Now()
        {
            DateTime utc = _rtc.UtcNow;
            return CosemClockTime.FromUtc(utc, DeviationAt(utc), StatusAt(utc));
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            switch (attribute)
            {
                case 2: value = CosemClockTime.ToData(Now()); break;
                case 3: value = DlmsData.Long(_timeZone); break;
                case 4: value = DlmsData.Unsigned(StatusAt(_rtc.UtcNow)); break;
                case 5: value = _daylightSaving == null ? NotSpecifiedDateTime : CosemClockTime.ToData(_daylightSaving.Begin); break;
                case 6: value = _daylightSaving == null ? NotSpecifiedDateTime : CosemClockTime.ToData(_daylightSaving.End); break;
                case 7: value = DlmsData.Integer(_daylightSaving == null ? (sbyte)0 : _daylightSaving.Deviation); break;
                case 8: value = DlmsData.Boolean(_daylightSaving != null); break;
                default: value = DlmsData.Enum(_clockBase); break;
            }

            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        protected override DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            if (attribute != 2)
            {
                return DataAccessResult.ReadWriteDenied;
            }

            CosemDateTime time = CosemClockTime.FromData(value);
            if (time == null)
            {
                return DataAccessResult.TypeUnmatched;
            }

            DateTime utc;
            if (!ToUtc(time, out utc))
            {
                return DataAccessResult.OtherReason;
            }

            lock (_sync)
            {
                SetTime(utc);
            }

            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        protected override ActionResult InvokeMethod(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            lock (_sync)
            {
                switch (method)
                {
                    case 1: return Round(parameters, TicksPerQuarter);
                    case 3: return Round(parameters, TicksPerMinute);
                    case 4: return AdjustToPreset(parameters);
                    case 5: return Preset(parameters);
                    case 6: return Shift(parameters);
                    default: return ActionResult.ReadWriteDenied;
                }
            }
        }

        // adjust_to_quarter / adjust_to_minute: to the nearest multiple of the step in local time (half rounds up).
        private ActionResult Round(DlmsData parameters, long step)
        {
            if (!CosemValues.IsZeroInteger(parameters))
            {
                return ActionResult.TypeUnmatched;
            }

            DateTime utc = _rtc.UtcNow;
            long local = utc.Ticks - (DeviationAt(utc) * TicksPerMinute);
            long rounded = ((local + (step / 2)) / step) * step;
            SetTime(new DateTime(utc.Ticks + (rounded - local), DateTimeKind.Utc));
            return ActionResult.Success;
        }

        // preset_adjusting_time (structure {preset_time, validity_interval_start, validity_interval_end}).
        private ActionResult Preset(DlmsData parameters)
        {
            if (!CosemValues.IsStructure(parameters, 3))
            {
                return ActionResult.TypeUnmatched;
            }

            CosemDateTime preset = CosemClockTime.FromData(parameters[0]);
            CosemDateTime from = CosemClockTime.FromData(parameters[1]);
            CosemDateTime to = CosemClockTime.FromData(parameters[2]);
            if (preset == null || from == null || to == null)
            {
                return ActionResult.TypeUnmatched;
            }

            DateTime presetUtc;
            DateTime fromUtc;
            DateTime toUtc;
            if (!ToUtc(preset, out presetUtc) || !ToUtc(from, out fromUtc) || !ToUtc(to, out toUtc) || fromUtc > toUtc)
            {
                return ActionResult.OtherReason;
            }

            _presetTime = presetUtc;
            _validFrom = fromUtc;
            _validTo = toUtc;
            _hasPreset = true;
            return ActionResult.Success;
        }

        // adjust_to_preset_time: only inside the validity interval; a preset is used once.
        private ActionResult AdjustToPreset(DlmsData parameters)
        {
            if (!CosemValues.IsZeroInteger(parameters))
            {
                return ActionResult.TypeUnmatched;
            }

            DateTime now = _rtc.UtcNow;
            if (!_hasPreset || now < _validFrom || now > _validTo)
            {
                return ActionResult.OtherReason;
            }

            _hasPreset = false;
            SetTime(_presetTime);
            return ActionResult.Success;
        }

        // shift_time (data long -900..900 seconds).
        private ActionResult Shift(DlmsData parameters)
        {
            if (!CosemValues.Is(parameters, DlmsDataType.Long))
            {
                return ActionResult.TypeUnmatched;
            }

            long seconds = parameters.AsInt64();
            if (seconds < -MaxShiftSeconds || seconds > MaxShiftSeconds)
            {
                return ActionResult.OtherReason;
            }

            SetTime(new DateTime(_rtc.UtcNow.Ticks + (seconds * TicksPerSecond), DateTimeKind.Utc));
            return ActionResult.Success;
        }

        // The deviation in force at an instant: time_zone, less the daylight saving shift while it applies.
        private short DeviationAt(DateTime utc)
        {
            return _daylightSaving != null && _daylightSaving.IsActive(utc, _timeZone) ? (short)(_timeZone - _daylightSaving.Deviation) : _timeZone;
        }

        // clock_status (Blue Book 4.1.6.1): invalid value while the RTC is outside the years a client
        // may set (never set since a power loss), daylight saving active while the rule applies.
        private byte StatusAt(DateTime utc)
        {
            int status = utc.Year < CosemClockTime.MinYear || utc.Year > CosemClockTime.MaxYear ? CosemDateTime.StatusInvalidValue : 0;
            if (_daylightSaving != null && _daylightSaving.IsActive(utc, _timeZone))
            {
                status |= CosemDateTime.StatusDaylightSavingActive;
            }

            return (byte)status;
        }

        // A date-time without deviation is local time as the clock keeps it: daylight time when that applies then.
        private bool ToUtc(CosemDateTime time, out DateTime utc)
        {
            if (!CosemClockTime.TryToUtc(time, _timeZone, out utc))
            {
                return false;
            }

            if (time.Deviation == CosemDateTime.DeviationNotSpecified && _daylightSaving != null)
            {
                DateTime daylight = new DateTime(utc.Ticks - (_daylightSaving.Deviation * TicksPerMinute), DateTimeKind.Utc);
                if (_daylightSaving.IsActive(daylight, _timeZone))
                {
                    utc = daylight;
                }
            }

            return true;
        }

        private void SetTime(DateTime utc)
        {
            DateTime old = _rtc.UtcNow;
            _rtc.SetUtcNow(utc);
            _events.Record(EventCode.ClockAdjustedOldTime, Text(old));
            _events.Record(EventCode.ClockAdjustedNewTime, Text(utc));
        }

        // ISO 8601 by hand: the device's DateTime.ToString patterns differ from the desktop's.
        private static string Text(DateTime t)
        {
            return t.Year.ToString("D4") + "-" + t.Month.ToString("D2") + "-" + t.Day.ToString("D2") + "T"
                + t.Hour.ToString("D2") + ":" + t.Minute.ToString("D2") + ":" + t.Second.ToString("D2") + "Z";
        }
    }
}
