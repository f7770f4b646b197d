using System;
using Meter.Dlms.Axdr;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// The date-time of a Data-Notification (Green Book ed. 9, 9.5) from the meter's UTC clock:
    /// a COSEM date-time (Blue Book 4.1.6.1) in UTC, so deviation 0 and clock status 0 (valid,
    /// no daylight saving); a clock outside 2000..2099 (never set) is flagged invalid, as the
    /// Clock object flags it, so the head-end does not file the push under a wrong date.
    /// </summary>
    public static class PushTimestamp
    {
        /// <summary>The COSEM date-time of <paramref name="utc"/>, to the hundredth of a second.</summary>
        public static CosemDateTime FromUtc(DateTime utc)
        {
            // COSEM numbers the week from Monday = 1 to Sunday = 7; DayOfWeek has Sunday = 0.
            int dayOfWeek = (((int)utc.DayOfWeek + 6) % 7) + 1;
            CosemDate date = new CosemDate((ushort)utc.Year, (byte)utc.Month, (byte)utc.Day, (byte)dayOfWeek);
            CosemTime time = new CosemTime((byte)utc.Hour, (byte)utc.Minute, (byte)utc.Second, (byte)(utc.Millisecond / 10));
            byte status = utc.Year < 2000 || utc.Year > 2099 ? CosemDateTime.StatusInvalidValue : (byte)0;
            return new CosemDateTime(date, time, 0, status);
        }
    }
}
