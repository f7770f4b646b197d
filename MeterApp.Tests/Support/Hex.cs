using System;

namespace Meter.Tests.Support
{
    /// <summary>Hex text to bytes and back, for writing test vectors as they are published.</summary>
    public static class Hex
    {
        public static byte[] Parse(string hex)
        {
            if (hex.Length % 2 != 0)
            {
                throw new ArgumentException("odd hex length");
            }

            byte[] bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[2 * i + 1]));
            }

            return bytes;
        }

        public static string Format(byte[] bytes)
        {
            const string Digits = "0123456789abcdef";
            char[] chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[2 * i + 1] = Digits[bytes[i] & 0xF];
            }

            return new string(chars);
        }

        /// <summary>The bytes of an ASCII string (test messages are ASCII).</summary>
        public static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        /// <summary><paramref name="count"/> copies of one byte.</summary>
        public static byte[] Repeat(byte value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = value;
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

            throw new ArgumentException("not a hex digit");
        }
    }
}
