using System;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// The login record written on each successful login: the attempt counter's value at that
    /// success and the number of successful logins. With the attempt counter it gives the
    /// consecutive failures (attempts since the last success: the backoff survives a reboot) and
    /// the total failures (attempts minus successes). Layout: two int64 big-endian.
    /// </summary>
    internal sealed class LoginHistory
    {
        public const int EncodedLength = 16;

        public LoginHistory(long attemptsAtLastSuccess, long successfulLogins)
        {
            AttemptsAtLastSuccess = attemptsAtLastSuccess;
            SuccessfulLogins = successfulLogins;
        }

        public long AttemptsAtLastSuccess { get; }

        public long SuccessfulLogins { get; }

        /// <summary>Reads the record; absent or malformed reads as "no success yet".</summary>
        public static LoginHistory Read(IRecordSlot slot)
        {
            byte[] record = new byte[EncodedLength];
            if (slot.Read(record, 0, EncodedLength) != EncodedLength)
            {
                return new LoginHistory(0, 0);
            }

            return new LoginHistory(ReadInt64(record, 0), ReadInt64(record, 8));
        }

        public void Write(IRecordSlot slot)
        {
            byte[] record = new byte[EncodedLength];
            WriteInt64(AttemptsAtLastSuccess, record, 0);
            WriteInt64(SuccessfulLogins, record, 8);
            slot.Write(record, 0, EncodedLength);
        }

        private static long ReadInt64(byte[] buffer, int offset)
        {
            long value = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | buffer[offset + i];
            }

            return value;
        }

        private static void WriteInt64(long value, byte[] buffer, int offset)
        {
            for (int i = 7; i >= 0; i--)
            {
                buffer[offset + i] = (byte)value;
                value >>= 8;
            }
        }
    }
}
