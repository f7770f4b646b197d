using System;

namespace Meter.Storage
{
    /// <summary>
    /// CRC-32 as in IEEE 802.3 / zlib (reflected polynomial 0xEDB88320, initial value and final
    /// XOR 0xFFFFFFFF; check value of "123456789" is 0xCBF43926). Table driven, no allocation per call.
    /// </summary>
    public static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>The CRC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Append(0, data, offset, count);
        }

        /// <summary>Continues <paramref name="crc"/> (a finished CRC of earlier bytes) over more bytes.</summary>
        public static uint Append(uint crc, byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            uint state = ~crc;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                state = Table[(state ^ data[i]) & 0xFF] ^ (state >> 8);
            }

            return ~state;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
