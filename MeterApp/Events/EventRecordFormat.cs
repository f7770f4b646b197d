using System;
using Meter.Storage;

namespace Meter.Events
{
    /// <summary>
    /// The payload of one event-log slot in the record store (little-endian):
    /// <code>
    /// 0  sequence      uint
    /// 4  code          ushort
    /// 6  timestamp     long   UTC ticks
    /// 14 detailsLength byte   0..48
    /// 15 details       printable ASCII
    /// </code>
    /// </summary>
    internal static class EventRecordFormat
    {
        public const int FixedSize = 15;
        public const int MaxSize = FixedSize + MeterEvent.MaxDetailsLength;

        /// <summary>Encodes into <paramref name="buffer"/> (at least <see cref="MaxSize"/> bytes) without allocating; returns the length.</summary>
        public static int Encode(byte[] buffer, uint sequence, ushort code, long ticks, string details)
        {
            int length = details == null ? 0 : details.Length;
            if (length > MeterEvent.MaxDetailsLength)
            {
                length = MeterEvent.MaxDetailsLength;
            }

            LittleEndian.WriteUInt32(buffer, 0, sequence);
            LittleEndian.WriteUInt16(buffer, 4, code);
            LittleEndian.WriteInt64(buffer, 6, ticks);
            buffer[14] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                buffer[FixedSize + i] = (byte)MeterEvent.Printable(details[i]);
            }

            return FixedSize + length;
        }

        /// <summary>True if the first <paramref name="length"/> bytes are a well-formed slot payload.</summary>
        public static bool IsWellFormed(byte[] buffer, int length)
        {
            if (length < FixedSize || length > MaxSize || buffer[14] != length - FixedSize)
            {
                return false;
            }

            long ticks = LittleEndian.ReadInt64(buffer, 6);
            return ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;
        }

        public static uint ReadSequence(byte[] buffer)
        {
            return LittleEndian.ReadUInt32(buffer, 0);
        }

        public static ushort ReadCode(byte[] buffer)
        {
            return LittleEndian.ReadUInt16(buffer, 4);
        }

        /// <summary>Decodes a payload that passed <see cref="IsWellFormed"/>.</summary>
        public static MeterEvent Decode(byte[] buffer)
        {
            int length = buffer[14];
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[FixedSize + i];
            }

            return new MeterEvent(ReadCode(buffer), new DateTime(LittleEndian.ReadInt64(buffer, 6), DateTimeKind.Utc), ReadSequence(buffer), new string(chars));
        }
    }
}
