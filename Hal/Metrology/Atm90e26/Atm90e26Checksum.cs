using System;

namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// The checksums CS1 (over 21H-2BH) and CS2 (over 31H-3AH). Datasheet, register description of
    /// CS1/CS2: taken over the high and low bytes of every register in the block, the low byte of
    /// the checksum is their sum modulo 256 and the high byte is their exclusive or.
    /// </summary>
    public static class Atm90e26Checksum
    {
        /// <summary>The checksum of <paramref name="count"/> 16-bit values from <paramref name="offset"/>.</summary>
        public static int Compute(int[] values, int offset, int count)
        {
            if (values == null)
            {
                throw new ArgumentNullException("values");
            }

            if (offset < 0 || count < 0 || offset > values.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            int sum = 0;
            int xor = 0;
            for (int i = offset; i < offset + count; i++)
            {
                int high = (values[i] >> 8) & 0xFF;
                int low = values[i] & 0xFF;
                sum += high + low;
                xor ^= high ^ low;
            }

            return ((xor & 0xFF) << 8) | (sum & 0xFF);
        }
    }
}
