namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// The A-XDR variable-length field used for lengths and element counts (IEC 61334-6 / Green Book
    /// ed. 9, 9.5): one byte below 0x80, otherwise 0x80 | N followed by N big-endian bytes.
    /// This codec accepts N from 1 to <see cref="MaxLengthOctets"/> and values up to int.MaxValue.
    /// </summary>
    public static class AxdrLength
    {
        /// <summary>The most length octets accepted after a 0x8N prefix (enough for int.MaxValue).</summary>
        public const int MaxLengthOctets = 4;

        /// <summary>
        /// Reads a length field from buffer[offset .. offset + count). Never throws on bad bytes:
        /// returns Truncated when the field is cut, Malformed for 0x80 (indefinite length is not A-XDR)
        /// or a form longer than the shortest one, TooLarge for more than <see cref="MaxLengthOctets"/> octets or a value above int.MaxValue.
        /// </summary>
        public static AxdrResult TryRead(byte[] buffer, int offset, int count, out int value, out int consumed)
        {
            value = 0;
            consumed = 0;
            if (count < 1)
            {
                return AxdrResult.Truncated;
            }

            int first = buffer[offset];
            if (first < 0x80)
            {
                value = first;
                consumed = 1;
                return AxdrResult.Ok;
            }

            int octets = first & 0x7F;
            if (octets == 0)
            {
                return AxdrResult.Malformed;
            }

            if (octets > MaxLengthOctets)
            {
                return AxdrResult.TooLarge;
            }

            if (count < 1 + octets)
            {
                return AxdrResult.Truncated;
            }

            uint result = 0;
            for (int i = 1; i <= octets; i++)
            {
                result = (result << 8) | buffer[offset + i];
            }

            if (result > int.MaxValue)
            {
                return AxdrResult.TooLarge;
            }

            // Only the shortest form is A-XDR: a longer one would not re-encode to the same bytes.
            if (buffer[offset + 1] == 0 || result < 0x80)
            {
                return AxdrResult.Malformed;
            }

            value = (int)result;
            consumed = 1 + octets;
            return AxdrResult.Ok;
        }

        /// <summary>The number of bytes the shortest encoding of <paramref name="value"/> (0 or more) takes.</summary>
        public static int Size(int value)
        {
            if (value < 0x80)
            {
                return 1;
            }

            if (value <= 0xFF)
            {
                return 2;
            }

            if (value <= 0xFFFF)
            {
                return 3;
            }

            return value <= 0xFFFFFF ? 4 : 5;
        }

        /// <summary>
        /// Writes the shortest encoding of <paramref name="value"/> (0 or more) into
        /// buffer[offset .. offset + count); returns the bytes written or <see cref="AxdrEncoder.DoesNotFit"/>.
        /// </summary>
        public static int Write(byte[] buffer, int offset, int count, int value)
        {
            if (value < 0)
            {
                throw new System.ArgumentOutOfRangeException("value");
            }

            int size = Size(value);
            if (size > count)
            {
                return AxdrEncoder.DoesNotFit;
            }

            if (size == 1)
            {
                buffer[offset] = (byte)value;
                return 1;
            }

            int octets = size - 1;
            buffer[offset] = (byte)(0x80 | octets);
            for (int i = 0; i < octets; i++)
            {
                buffer[offset + size - 1 - i] = (byte)(value >> (8 * i));
            }

            return size;
        }
    }
}
