namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// CRC-16/X.25 used for the HDLC HCS and FCS (IEC 62056-46 6.4, ISO/IEC 13239): polynomial 0x1021
    /// reflected (0x8408), initial value 0xFFFF, final XOR 0xFFFF. Sent least significant byte first.
    /// </summary>
    public static class HdlcCrc
    {
        private static readonly ushort[] Table = BuildTable();

        /// <summary>The CRC of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static ushort Compute(byte[] buffer, int offset, int count)
        {
            int crc = 0xFFFF;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = (crc >> 8) ^ Table[(crc ^ buffer[i]) & 0xFF];
            }

            return (ushort)(crc ^ 0xFFFF);
        }

        /// <summary>Computes the CRC of the range and writes it after it, low byte first.</summary>
        public static void Append(byte[] buffer, int offset, int count)
        {
            ushort crc = Compute(buffer, offset, count);
            buffer[offset + count] = (byte)crc;
            buffer[offset + count + 1] = (byte)(crc >> 8);
        }

        /// <summary>True when the two bytes after the range hold its CRC, low byte first.</summary>
        public static bool Matches(byte[] buffer, int offset, int count)
        {
            ushort crc = Compute(buffer, offset, count);
            return buffer[offset + count] == (byte)crc && buffer[offset + count + 1] == (byte)(crc >> 8);
        }

        private static ushort[] BuildTable()
        {
            ushort[] table = new ushort[256];
            for (int i = 0; i < 256; i++)
            {
                int value = i;
                for (int bit = 0; bit < 8; bit++)
                {
                    value = (value & 1) != 0 ? (value >> 1) ^ 0x8408 : value >> 1;
                }

                table[i] = (ushort)value;
            }

            return table;
        }
    }
}
