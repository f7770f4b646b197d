namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// COSEM date-time (IEC 62056-6-2 / Blue Book 4.1.6.1): date (5 bytes), time (4 bytes), deviation of local
    /// time from UTC (signed 16-bit minutes, -720..720, 0x8000 not specified) and clock status (0xFF
    /// not specified). 12 bytes. Fields are kept as sent; interpreting them is the Clock object's job.
    /// </summary>
    public sealed class CosemDateTime
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 12;

        /// <summary>The deviation value 0x8000: not specified.</summary>
        public const short DeviationNotSpecified = short.MinValue;

        /// <summary>The clock status value 0xFF: not specified.</summary>
        public const byte ClockStatusNotSpecified = 0xFF;

        /// <summary>Clock status bit 0: invalid value.</summary>
        public const byte StatusInvalidValue = 0x01;

        /// <summary>Clock status bit 1: doubtful value.</summary>
        public const byte StatusDoubtfulValue = 0x02;

        /// <summary>Clock status bit 2: different clock base.</summary>
        public const byte StatusDifferentClockBase = 0x04;

        /// <summary>Clock status bit 3: invalid clock status.</summary>
        public const byte StatusInvalidClockStatus = 0x08;

        /// <summary>Clock status bit 7: daylight saving active.</summary>
        public const byte StatusDaylightSavingActive = 0x80;

        private readonly CosemDate _date;
        private readonly CosemTime _time;
        private readonly short _deviation;
        private readonly byte _clockStatus;

        /// <summary>Creates a date-time from its parts (wildcards allowed).</summary>
        public CosemDateTime(CosemDate date, CosemTime time, short deviation, byte clockStatus)
        {
            if (date == null || time == null)
            {
                throw new System.ArgumentNullException(date == null ? "date" : "time");
            }

            _date = date;
            _time = time;
            _deviation = deviation;
            _clockStatus = clockStatus;
        }

        /// <summary>The date part.</summary>
        public CosemDate Date
        {
            get { return _date; }
        }

        /// <summary>The time part.</summary>
        public CosemTime Time
        {
            get { return _time; }
        }

        /// <summary>Deviation in minutes, or <see cref="DeviationNotSpecified"/>.</summary>
        public short Deviation
        {
            get { return _deviation; }
        }

        /// <summary>Clock status bits, or <see cref="ClockStatusNotSpecified"/>.</summary>
        public byte ClockStatus
        {
            get { return _clockStatus; }
        }

        /// <summary>Reads 12 bytes at <paramref name="offset"/> (the caller checked they exist).</summary>
        public static CosemDateTime Read(byte[] buffer, int offset)
        {
            return new CosemDateTime(
                CosemDate.Read(buffer, offset),
                CosemTime.Read(buffer, offset + CosemDate.Size),
                (short)BigEndian.ReadUInt16(buffer, offset + 9),
                buffer[offset + 11]);
        }

        /// <summary>Writes the 12 bytes at <paramref name="offset"/> (the caller checked they fit).</summary>
        public void Write(byte[] buffer, int offset)
        {
            _date.Write(buffer, offset);
            _time.Write(buffer, offset + CosemDate.Size);
            BigEndian.WriteUInt16(buffer, offset + 9, (ushort)_deviation);
            buffer[offset + 11] = _clockStatus;
        }
    }
}
