using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// The clock column of a profile: the meter's UTC instants as COSEM date-time (Blue Book
    /// 4.1.6.1) and back. A profile's clock column holds the value of the clock's attribute 2,
    /// which is an octet-string(12) (Blue Book 4.5.1), so entries are encoded that way; bounds a
    /// client sends in a range_descriptor may be an octet-string(12) or a date-time [25].
    /// <para>
    /// The meter keeps UTC: entries carry deviation 0 and clock status 0. A bound's deviation,
    /// when specified, is read as "minutes from local time to UTC" (UTC = local + deviation, CET
    /// is -60), the reading of the Blue Book that DLMS UA tools such as Gurux and the Python
    /// dlms-cosem library use; it is the full offset of the bound's local time: the clock status
    /// (its daylight-saving bit included) is ignored. A bound with deviation not specified
    /// (0x8000) is taken as UTC, the meter's own time base.
    /// </para>
    /// <para>
    /// "Not specified" fields in a bound (<see cref="ParseBound"/>): a bound must name a point or
    /// a calendar span, i.e. its specified fields form a prefix of year, month, day, hour,
    /// minute, second, hundredths (day of week and clock status are ignored). A from_value then
    /// means the start of that span and a to_value its end (year 2026 alone: from 2026-01-01
    /// 00:00 to 2026-12-31 23:59:59.99); every field not specified means no bound on that side.
    /// A specified field after a not-specified one (a recurring pattern such as "every day at
    /// 12:00"), or the special values for DST begin/end and last days of the month, select no
    /// time range: scope-of-access-violated.
    /// </para>
    /// </summary>
    public static class ProfileDateTime
    {
        /// <summary>Encoded size of a date-time.</summary>
        public const int Size = CosemDateTime.Size;

        /// <summary>Bound returned for a from_value with no field specified.</summary>
        public const long OpenStart = long.MinValue;

        /// <summary>Bound returned for a to_value with no field specified.</summary>
        public const long OpenEnd = long.MaxValue;

        private const long TicksPerHundredth = TimeSpan.TicksPerMillisecond * 10;

        // Years a DateTime can hold on the device (1601..) with room for the end of a year span.
        private const int MinYear = 1601;
        private const int MaxYear = 9998;

        // Largest hour, minute, second, hundredths (indexes 3..6 of the field list).
        private static readonly int[] TimeLimits = new int[] { 0, 0, 0, 23, 59, 59, 99 };

        /// <summary>The date-time of a UTC instant (deviation 0, clock status 0, hundredths truncated).</summary>
        public static CosemDateTime FromUtc(DateTime utc)
        {
            int dayOfWeek = (int)utc.DayOfWeek;
            return new CosemDateTime(
                new CosemDate((ushort)utc.Year, (byte)utc.Month, (byte)utc.Day, (byte)(dayOfWeek == 0 ? 7 : dayOfWeek)),
                new CosemTime((byte)utc.Hour, (byte)utc.Minute, (byte)utc.Second, (byte)(utc.Ticks % TimeSpan.TicksPerSecond / TicksPerHundredth)),
                0,
                0);
        }

        /// <summary>The octet-string(12) of a UTC instant, as a clock's attribute 2 holds it.</summary>
        public static DlmsData ToOctetString(DateTime utc)
        {
            byte[] bytes = new byte[Size];
            FromUtc(utc).Write(bytes, 0);
            return DlmsData.OctetString(bytes);
        }

        /// <summary>
        /// The UTC ticks a from_value (<paramref name="upper"/> false) or to_value (true) stands
        /// for, inclusive, per the rules in the class summary; <see cref="OpenStart"/> /
        /// <see cref="OpenEnd"/> when no field is specified. type-unmatched for a value that is
        /// not a date-time or an octet-string(12); scope-of-access-violated for one that names no
        /// time range. Never throws.
        /// </summary>
        public static DataAccessResult ParseBound(DlmsData value, bool upper, out long ticks)
        {
            ticks = upper ? OpenEnd : OpenStart;
            CosemDateTime dateTime;
            DataAccessResult result = Extract(value, out dateTime);
            if (result != DataAccessResult.Success)
            {
                return result;
            }

            CosemDate date = dateTime.Date;
            CosemTime time = dateTime.Time;
            int[] fields = new int[]
            {
                date.Year == CosemDate.YearNotSpecified ? -1 : date.Year,
                date.Month == CosemDate.NotSpecified ? -1 : date.Month,
                date.DayOfMonth == CosemDate.NotSpecified ? -1 : date.DayOfMonth,
                time.Hour == CosemTime.NotSpecified ? -1 : time.Hour,
                time.Minute == CosemTime.NotSpecified ? -1 : time.Minute,
                time.Second == CosemTime.NotSpecified ? -1 : time.Second,
                time.Hundredths == CosemTime.NotSpecified ? -1 : time.Hundredths,
            };

            int specified = 0;
            while (specified < fields.Length && fields[specified] >= 0)
            {
                specified++;
            }

            for (int i = specified; i < fields.Length; i++)
            {
                if (fields[i] >= 0)
                {
                    return DataAccessResult.ScopeOfAccessViolated;
                }
            }

            if (specified == 0)
            {
                return DataAccessResult.Success;
            }

            if (!InRange(fields, specified))
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            short deviation = dateTime.Deviation;
            if (deviation != CosemDateTime.DeviationNotSpecified && (deviation < -720 || deviation > 720))
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            long start = new DateTime(
                fields[0],
                specified > 1 ? fields[1] : 1,
                specified > 2 ? fields[2] : 1,
                specified > 3 ? fields[3] : 0,
                specified > 4 ? fields[4] : 0,
                specified > 5 ? fields[5] : 0).Ticks + (specified > 6 ? fields[6] * TicksPerHundredth : 0);
            ticks = upper ? SpanEnd(fields, specified, start) : start;
            if (deviation != CosemDateTime.DeviationNotSpecified)
            {
                ticks += deviation * TimeSpan.TicksPerMinute;
            }

            return DataAccessResult.Success;
        }

        private static DataAccessResult Extract(DlmsData value, out CosemDateTime dateTime)
        {
            dateTime = null;
            if (value == null)
            {
                return DataAccessResult.TypeUnmatched;
            }

            if (value.Type == DlmsDataType.DateTime)
            {
                dateTime = value.AsDateTime();
                return DataAccessResult.Success;
            }

            if (value.Type != DlmsDataType.OctetString || value.ByteLength != Size)
            {
                return DataAccessResult.TypeUnmatched;
            }

            dateTime = CosemDateTime.Read(value.GetBytes(), 0);
            return DataAccessResult.Success;
        }

        // Checks the specified fields only; the special month and day values (0xFD, 0xFE) fail here.
        private static bool InRange(int[] fields, int specified)
        {
            if (fields[0] < MinYear || fields[0] > MaxYear)
            {
                return false;
            }

            if (specified > 1 && (fields[1] < 1 || fields[1] > 12))
            {
                return false;
            }

            if (specified > 2 && (fields[2] < 1 || fields[2] > DateTime.DaysInMonth(fields[0], fields[1])))
            {
                return false;
            }

            for (int i = 3; i < specified; i++)
            {
                if (fields[i] > TimeLimits[i])
                {
                    return false;
                }
            }

            return true;
        }

        // The last tick of the span that starts at start and whose finest specified field is specified - 1.
        private static long SpanEnd(int[] fields, int specified, long start)
        {
            long next;
            switch (specified)
            {
                case 1:
                    next = new DateTime(fields[0] + 1, 1, 1).Ticks;
                    break;
                case 2:
                    next = fields[1] == 12 ? new DateTime(fields[0] + 1, 1, 1).Ticks : new DateTime(fields[0], fields[1] + 1, 1).Ticks;
                    break;
                case 3:
                    next = start + TimeSpan.TicksPerDay;
                    break;
                case 4:
                    next = start + TimeSpan.TicksPerHour;
                    break;
                case 5:
                    next = start + TimeSpan.TicksPerMinute;
                    break;
                case 6:
                    next = start + TimeSpan.TicksPerSecond;
                    break;
                default:
                    next = start + TicksPerHundredth;
                    break;
            }

            return next - 1;
        }
    }
}
