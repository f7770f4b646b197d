using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Clock;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Clock, interface class 8 version 0 (IEC 62056-6-2 / Blue Book 4.5.1) over the meter's UTC
    /// real-time clock. Attribute 2 time is served as local time at the configured time zone
    /// (octet-string date-time with deviation and clock status) and may be set; time_zone,
    /// clock_base and the daylight-saving attributes are configuration and read-only: this meter
    /// keeps standard local time all year (daylight_savings_enabled false, begin/end not
    /// specified), so the clock status never carries the daylight-saving bit.
    /// <para>
    /// Methods: 1 adjust_to_quarter, 3 adjust_to_minute, 4 adjust_to_preset_time,
    /// 5 preset_adjusting_time and 6 shift_time are served; 2 adjust_to_measuring_period is
    /// answered read-write-denied, because the clock does not know a measuring period. Every
    /// change of the time records ClockAdjustedOldTime and ClockAdjustedNewTime.
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
        private readonly byte _clockBase;
        private bool _hasPreset;
        private DateTime _presetTime;
        private DateTime _validFrom;
        private DateTime _validTo;

        /// <summary>
        /// A clock named <paramref name="logicalName"/> (0.0.1.0.0.255) over <paramref name="rtc"/>, at
        /// <paramref name="timeZone"/> minutes (DLMS sign: UTC = local + time_zone, -720..720).
        /// </summary>
        public Clock(byte[] logicalName, IRealTimeClock rtc, IEventRecorder events, short timeZone, byte clockBase)
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
            return CosemClockTime.FromUtc(_rtc.UtcNow, _timeZone, 0);
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            switch (attribute)
            {
                case 2: value = CosemClockTime.ToData(Now()); break;
                case 3: value = DlmsData.Long(_timeZone); break;
                case 4: value = DlmsData.Unsigned(0); break;
                case 5:
                case 6: value = NotSpecifiedDateTime; break;
                case 7: value = DlmsData.Integer(0); break;
                case 8: value = DlmsData.Boolean(false); break;
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
            if (!CosemClockTime.TryToUtc(time, _timeZone, out utc))
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
            long local = utc.Ticks - (_timeZone * TicksPerMinute);
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
            if (!CosemClockTime.TryToUtc(preset, _timeZone, out presetUtc) || !CosemClockTime.TryToUtc(from, _timeZone, out fromUtc)
                || !CosemClockTime.TryToUtc(to, _timeZone, out toUtc) || fromUtc > toUtc)
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
