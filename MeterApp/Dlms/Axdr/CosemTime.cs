namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// COSEM time (IEC 62056-6-2 / Blue Book 4.1.6.1): hour 0..23, minute 0..59, second 0..59, hundredths
    /// 0..99, each 0xFF when not specified. Fields are kept as sent so wildcards round-trip exactly.
    /// </summary>
    public sealed class CosemTime
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 4;

        /// <summary>The "not specified" value of every field.</summary>
        public const byte NotSpecified = 0xFF;

        private readonly byte _hour;
        private readonly byte _minute;
        private readonly byte _second;
        private readonly byte _hundredths;

        /// <summary>Creates a time from its raw fields (wildcards allowed).</summary>
        public CosemTime(byte hour, byte minute, byte second, byte hundredths)
        {
            _hour = hour;
            _minute = minute;
            _second = second;
            _hundredths = hundredths;
        }

        /// <summary>Hour 0..23 or <see cref="NotSpecified"/>.</summary>
        public byte Hour
        {
            get { return _hour; }
        }

        /// <summary>Minute 0..59 or <see cref="NotSpecified"/>.</summary>
        public byte Minute
        {
            get { return _minute; }
        }

        /// <summary>Second 0..59 or <see cref="NotSpecified"/>.</summary>
        public byte Second
        {
            get { return _second; }
        }

        /// <summary>Hundredths of a second 0..99 or <see cref="NotSpecified"/>.</summary>
        public byte Hundredths
        {
            get { return _hundredths; }
        }

        /// <summary>Reads 4 bytes at <paramref name="offset"/> (the caller checked they exist).</summary>
        public static CosemTime Read(byte[] buffer, int offset)
        {
            return new CosemTime(buffer[offset], buffer[offset + 1], buffer[offset + 2], buffer[offset + 3]);
        }

        /// <summary>Writes the 4 bytes at <paramref name="offset"/> (the caller checked they fit).</summary>
        public void Write(byte[] buffer, int offset)
        {
            buffer[offset] = _hour;
            buffer[offset + 1] = _minute;
            buffer[offset + 2] = _second;
            buffer[offset + 3] = _hundredths;
        }
    }
}
