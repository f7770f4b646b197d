namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// The LLC header that starts the information field of I and UI frames carrying APDUs (IEC 62056-46
    /// 5, LLC sub-layer): destination LSAP 0xE6, source LSAP 0xE6 (command) or 0xE7 (response),
    /// LLC quality 0x00.
    /// </summary>
    public static class LlcHeader
    {
        /// <summary>Bytes in the header.</summary>
        public const int Length = 3;

        /// <summary>Writes E6 E6 00 (client to server); returns <see cref="Length"/>, or 0 if it does not fit.</summary>
        public static int WriteCommand(byte[] buffer, int offset, int count)
        {
            return Write(buffer, offset, count, 0xE6);
        }

        /// <summary>Writes E6 E7 00 (server to client); returns <see cref="Length"/>, or 0 if it does not fit.</summary>
        public static int WriteResponse(byte[] buffer, int offset, int count)
        {
            return Write(buffer, offset, count, 0xE7);
        }

        /// <summary>True when the range starts with E6 E6 00.</summary>
        public static bool IsCommand(byte[] buffer, int offset, int count)
        {
            return Matches(buffer, offset, count, 0xE6);
        }

        /// <summary>True when the range starts with E6 E7 00.</summary>
        public static bool IsResponse(byte[] buffer, int offset, int count)
        {
            return Matches(buffer, offset, count, 0xE7);
        }

        private static int Write(byte[] buffer, int offset, int count, byte source)
        {
            if (count < Length)
            {
                return 0;
            }

            buffer[offset] = 0xE6;
            buffer[offset + 1] = source;
            buffer[offset + 2] = 0x00;
            return Length;
        }

        private static bool Matches(byte[] buffer, int offset, int count, byte source)
        {
            return count >= Length && buffer[offset] == 0xE6 && buffer[offset + 1] == source
                && buffer[offset + 2] == 0x00;
        }
    }
}
