using System;

namespace Meter.Hal.Crypto.SelfTest
{
    /// <summary>Decodes the hex strings the known-answer vectors are written in (readable against their sources).</summary>
    internal static class HexText
    {
        public static byte[] Parse(string hex)
        {
            if (hex == null || (hex.Length & 1) != 0)
            {
                throw new ArgumentException("hex");
            }

            byte[] bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[(2 * i) + 1]));
            }

            return bytes;
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            throw new ArgumentException("hex");
        }
    }
}
