using System;
using Meter.Dlms.Axdr;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Conversions between the meter's UTC clock and COSEM date-time (Blue Book 4.1.6.1). The
    /// date and time fields are local time and deviation is "minutes of local time to UTC":
    /// UTC = local + deviation, so Central European Time has deviation -60.
    /// </summary>
    public static class CosemClockTime
    {
        /// <summary>Earliest year a client may set (a clock set to the past would backdate billing data).</summary>
        public const int MinYear = 2000;

        /// <summary>Latest year a client may set.</summary>
        public const int MaxYear = 2099;

        /// <summary>Largest deviation from UTC in minutes (Blue Book 4.1.6.1: -720..720).</summary>
        public const int MaxDeviation = 720;

        private const long TicksPerMinute = 600000000L;
        private const long TicksPerHundredth = 100000L;

        /// <summary>The date-time of <paramref name="utc"/> as local time at <paramref name="deviation"/> minutes, with <paramref name="clockStatus"/>.</summary>
        public static CosemDateTime FromUtc(DateTime utc, short deviation, byte clockStatus)
        {
            DateTime local = new DateTime(utc.Ticks - (deviation * TicksPerMinute));
            CosemDate date = new CosemDate((ushort)local.Year, (byte)local.Month, (byte)local.Day, DayOfWeek(local));
            CosemTime time = new CosemTime((byte)local.Hour, (byte)local.Minute, (byte)local.Second, (byte)(local.Millisecond / 10));
            return new CosemDateTime(date, time, deviation, clockStatus);
        }

        /// <summary>
        /// The UTC instant of a fully specified date-time; false for any wildcard (hundredths may
        /// be unspecified, read as 0), a field out of range, a day of week that contradicts the
        /// date, or a year outside <see cref="MinYear"/>..<see cref="MaxYear"/>. An unspecified
        /// deviation means <paramref name="defaultDeviation"/> (the clock's time zone).
        /// </summary>
        public static bool TryToUtc(CosemDateTime value, short defaultDeviation, out DateTime utc)
        {
            utc = DateTime.MinValue;
            CosemDate date = value.Date;
            CosemTime time = value.Time;
            if (date.Year < MinYear || date.Year > MaxYear || date.Month < 1 || date.Month > 12
                || date.DayOfMonth < 1 || date.DayOfMonth > DateTime.DaysInMonth(date.Year, date.Month)
                || time.Hour > 23 || time.Minute > 59 || time.Second > 59
                || (time.Hundredths > 99 && time.Hundredths != CosemTime.NotSpecified))
            {
                return false;
            }

            short deviation = value.Deviation;
            if (deviation == CosemDateTime.DeviationNotSpecified)
            {
                deviation = defaultDeviation;
            }
            else if (deviation < -MaxDeviation || deviation > MaxDeviation)
            {
                return false;
            }

            DateTime local = new DateTime(date.Year, date.Month, date.DayOfMonth, time.Hour, time.Minute, time.Second);
            if (date.DayOfWeek != CosemDate.NotSpecified && date.DayOfWeek != DayOfWeek(local))
            {
                return false;
            }

            long hundredths = time.Hundredths == CosemTime.NotSpecified ? 0 : time.Hundredths;
            utc = new DateTime(local.Ticks + (hundredths * TicksPerHundredth) + (deviation * TicksPerMinute), DateTimeKind.Utc);
            return true;
        }

        /// <summary>The date-time in an attribute value: octet-string of 12 bytes (the Blue Book's type for Clock time) or the date-time tag; null for anything else.</summary>
        public static CosemDateTime FromData(DlmsData value)
        {
            if (CosemValues.IsOctetString(value, CosemDateTime.Size))
            {
                return CosemDateTime.Read(value.GetBytes(), 0);
            }

            return CosemValues.Is(value, DlmsDataType.DateTime) ? value.AsDateTime() : null;
        }

        /// <summary>The 12-byte octet-string of a date-time.</summary>
        public static DlmsData ToData(CosemDateTime value)
        {
            byte[] bytes = new byte[CosemDateTime.Size];
            value.Write(bytes, 0);
            return DlmsData.OctetString(bytes);
        }

        /// <summary>Day of week as COSEM numbers it: 1 Monday .. 7 Sunday.</summary>
        private static byte DayOfWeek(DateTime day)
        {
            int dotnet = (int)day.DayOfWeek;
            return (byte)(dotnet == 0 ? 7 : dotnet);
        }
    }
}
