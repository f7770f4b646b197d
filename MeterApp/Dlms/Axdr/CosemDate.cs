namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// COSEM date (IEC 62056-6-2 / Blue Book 4.1.6.1 "Date and time formats"): year (0xFFFF not specified),
    /// month (1..12, 0xFD end of DST, 0xFE begin of DST, 0xFF not specified), day of month (1..31,
    /// 0xFD second last day, 0xFE last day, 0xFF not specified), day of week (1 = Monday .. 7, 0xFF not
    /// specified). Fields are kept as sent so wildcards round-trip exactly.
    /// </summary>
    public sealed class CosemDate
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 5;

        /// <summary>The "not specified" value of the one-byte fields.</summary>
        public const byte NotSpecified = 0xFF;

        /// <summary>The "not specified" value of the year.</summary>
        public const ushort YearNotSpecified = 0xFFFF;

        /// <summary>Month value: end of daylight saving time.</summary>
        public const byte DaylightSavingsEnd = 0xFD;

        /// <summary>Month value: begin of daylight saving time.</summary>
        public const byte DaylightSavingsBegin = 0xFE;

        /// <summary>Day-of-month value: second last day of the month.</summary>
        public const byte SecondLastDayOfMonth = 0xFD;

        /// <summary>Day-of-month value: last day of the month.</summary>
        public const byte LastDayOfMonth = 0xFE;

        private readonly ushort _year;
        private readonly byte _month;
        private readonly byte _day;
        private readonly byte _dayOfWeek;

        /// <summary>Creates a date from its raw fields (wildcards allowed).</summary>
        public CosemDate(ushort year, byte month, byte dayOfMonth, byte dayOfWeek)
        {
            _year = year;
            _month = month;
            _day = dayOfMonth;
            _dayOfWeek = dayOfWeek;
        }

        /// <summary>Year, or <see cref="YearNotSpecified"/>.</summary>
        public ushort Year
        {
            get { return _year; }
        }

        /// <summary>Month 1..12 or one of the special values.</summary>
        public byte Month
        {
            get { return _month; }
        }

        /// <summary>Day of month 1..31 or one of the special values.</summary>
        public byte DayOfMonth
        {
            get { return _day; }
        }

        /// <summary>Day of week 1 (Monday) .. 7, or <see cref="NotSpecified"/>.</summary>
        public byte DayOfWeek
        {
            get { return _dayOfWeek; }
        }

        /// <summary>Reads 5 bytes at <paramref name="offset"/> (the caller checked they exist).</summary>
        public static CosemDate Read(byte[] buffer, int offset)
        {
            return new CosemDate(BigEndian.ReadUInt16(buffer, offset), buffer[offset + 2], buffer[offset + 3], buffer[offset + 4]);
        }

        /// <summary>Writes the 5 bytes at <paramref name="offset"/> (the caller checked they fit).</summary>
        public void Write(byte[] buffer, int offset)
        {
            BigEndian.WriteUInt16(buffer, offset, _year);
            buffer[offset + 2] = _month;
            buffer[offset + 3] = _day;
            buffer[offset + 4] = _dayOfWeek;
        }
    }
}
