using System;
using Meter.Dlms.Axdr;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// When daylight saving applies, as the Clock's daylight_savings_begin, _end and _deviation
    /// state it (Blue Book 4.5.1, date-time wildcards of 4.1.6.1). Begin and end are patterns in
    /// local wall-clock time: year not specified (every year) or one year; a month; a day of month
    /// 1..31, last (0xFE) or second last (0xFD), optionally with a day of week, which then means
    /// the first such weekday on or after that day, or for last / second last the last such
    /// weekday on or before it (month 3, day 0xFE, weekday 7, 02:00 is "the last Sunday of March
    /// at 02:00"). Begin is read in standard time, end in daylight time. Immutable.
    /// </summary>
    public sealed class DaylightSavingRule
    {
        /// <summary>Largest daylight saving deviation in minutes (Blue Book 4.5.1: -120..120).</summary>
        public const int MaxDeviation = 120;

        private const long TicksPerMinute = 600000000L;

        private readonly CosemDateTime _begin;
        private readonly CosemDateTime _end;
        private readonly sbyte _deviation;

        /// <summary>A rule from begin to end, moving local time forward by <paramref name="deviation"/> minutes; throws for a pattern it cannot resolve.</summary>
        public DaylightSavingRule(CosemDateTime begin, CosemDateTime end, sbyte deviation)
        {
            if (begin == null || end == null)
            {
                throw new ArgumentNullException(begin == null ? "begin" : "end");
            }

            if (!IsPattern(begin) || !IsPattern(end) || begin.Date.Year != end.Date.Year)
            {
                throw new ArgumentException("daylight saving begin/end must give month, day, hour and minute, and the same year or none");
            }

            if (deviation < -MaxDeviation || deviation > MaxDeviation)
            {
                throw new ArgumentOutOfRangeException("deviation");
            }

            _begin = begin;
            _end = end;
            _deviation = deviation;
        }

        /// <summary>The European Union rule: last Sunday of March 02:00 to last Sunday of October 03:00, +60 minutes.</summary>
        public static DaylightSavingRule EuropeanUnion()
        {
            return new DaylightSavingRule(Pattern(3, CosemDate.LastDayOfMonth, 7, 2), Pattern(10, CosemDate.LastDayOfMonth, 7, 3), 60);
        }

        /// <summary>daylight_savings_begin.</summary>
        public CosemDateTime Begin
        {
            get { return _begin; }
        }

        /// <summary>daylight_savings_end.</summary>
        public CosemDateTime End
        {
            get { return _end; }
        }

        /// <summary>daylight_savings_deviation in minutes.</summary>
        public sbyte Deviation
        {
            get { return _deviation; }
        }

        /// <summary>True when daylight saving is in force at <paramref name="utc"/> for a clock at <paramref name="timeZone"/> (UTC = standard local + time_zone).</summary>
        public bool IsActive(DateTime utc, short timeZone)
        {
            long standard = utc.Ticks - (timeZone * TicksPerMinute);
            int year = new DateTime(standard).Year;
            if (_begin.Date.Year != CosemDate.YearNotSpecified && _begin.Date.Year != year)
            {
                return false;
            }

            long begin = Resolve(_begin, year);
            long end = Resolve(_end, year) - (_deviation * TicksPerMinute);
            return begin <= end ? standard >= begin && standard < end : standard >= begin || standard < end;
        }

        // The local instant of a pattern in a year, in ticks.
        private static long Resolve(CosemDateTime pattern, int year)
        {
            CosemDate date = pattern.Date;
            CosemTime time = pattern.Time;
            int days = DateTime.DaysInMonth(year, date.Month);
            bool fromEnd = date.DayOfMonth == CosemDate.LastDayOfMonth || date.DayOfMonth == CosemDate.SecondLastDayOfMonth;
            int day = date.DayOfMonth == CosemDate.LastDayOfMonth ? days
                : date.DayOfMonth == CosemDate.SecondLastDayOfMonth ? days - 1
                : (date.DayOfMonth > days ? days : date.DayOfMonth);
            DateTime at = new DateTime(year, date.Month, day);
            if (date.DayOfWeek != CosemDate.NotSpecified)
            {
                int today = (int)at.DayOfWeek == 0 ? 7 : (int)at.DayOfWeek;
                int shift = fromEnd ? -((today - date.DayOfWeek + 7) % 7) : (date.DayOfWeek - today + 7) % 7;
                at = at.AddDays(shift);
            }

            int second = time.Second == CosemTime.NotSpecified ? 0 : time.Second;
            return at.Ticks + (((time.Hour * 60L) + time.Minute) * TicksPerMinute) + (second * 10000000L);
        }

        private static bool IsPattern(CosemDateTime value)
        {
            CosemDate date = value.Date;
            CosemTime time = value.Time;
            bool day = (date.DayOfMonth >= 1 && date.DayOfMonth <= 31) || date.DayOfMonth == CosemDate.LastDayOfMonth || date.DayOfMonth == CosemDate.SecondLastDayOfMonth;
            bool weekday = date.DayOfWeek == CosemDate.NotSpecified || (date.DayOfWeek >= 1 && date.DayOfWeek <= 7);
            bool year = date.Year == CosemDate.YearNotSpecified || (date.Year >= 1 && date.Year <= 9998);
            return year && date.Month >= 1 && date.Month <= 12 && day && weekday
                && time.Hour <= 23 && time.Minute <= 59 && (time.Second <= 59 || time.Second == CosemTime.NotSpecified);
        }

        private static CosemDateTime Pattern(byte month, byte day, byte weekday, byte hour)
        {
            return new CosemDateTime(
                new CosemDate(CosemDate.YearNotSpecified, month, day, weekday),
                new CosemTime(hour, 0, 0, 0),
                CosemDateTime.DeviationNotSpecified,
                CosemDateTime.ClockStatusNotSpecified);
        }
    }
}
