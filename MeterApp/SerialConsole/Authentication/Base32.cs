namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// RFC 4648 section 6 base32 (A-Z, 2-7) without padding: the form in which a generated console
    /// secret is shown, unambiguous to read off a terminal and to type back.
    /// </summary>
    public static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        /// <summary>Encodes bytes; 5 bytes give 8 characters.</summary>
        public static string Encode(byte[] data, int offset, int count)
        {
            char[] chars = new char[(count * 8 + 4) / 5];
            int buffer = 0;
            int bits = 0;
            int n = 0;
            for (int i = 0; i < count; i++)
            {
                buffer = (buffer << 8) | data[offset + i];
                bits += 8;
                while (bits >= 5)
                {
                    bits -= 5;
                    chars[n++] = Alphabet[(buffer >> bits) & 0x1F];
                }
            }

            if (bits > 0)
            {
                chars[n++] = Alphabet[(buffer << (5 - bits)) & 0x1F];
            }

            return new string(chars, 0, n);
        }
    }
}
