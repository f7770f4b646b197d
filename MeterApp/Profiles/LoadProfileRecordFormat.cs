using System;
using Meter.Storage;

namespace Meter.Profiles
{
    /// <summary>
    /// The payload of one load-profile slot in the record store (little-endian, 45 bytes):
    /// <code>
    /// 0  sequence        uint
    /// 4  timestamp       long   UTC ticks
    /// 12 status          byte   AMR profile status
    /// 13 activeImport    long   Wh
    /// 21 activeExport    long
    /// 29 reactiveImport  long   varh
    /// 37 reactiveExport  long
    /// </code>
    /// </summary>
    internal static class LoadProfileRecordFormat
    {
        public const int Size = 45;

        public static void Encode(byte[] buffer, LoadProfileEntry entry)
        {
            LittleEndian.WriteUInt32(buffer, 0, entry.Sequence);
            LittleEndian.WriteInt64(buffer, 4, entry.Timestamp.Ticks);
            buffer[12] = entry.Status;
            LittleEndian.WriteInt64(buffer, 13, entry.ActiveImport);
            LittleEndian.WriteInt64(buffer, 21, entry.ActiveExport);
            LittleEndian.WriteInt64(buffer, 29, entry.ReactiveImport);
            LittleEndian.WriteInt64(buffer, 37, entry.ReactiveExport);
        }

        /// <summary>The entry held by the first <paramref name="length"/> bytes, or null when they are not one.</summary>
        public static LoadProfileEntry Decode(byte[] buffer, int length)
        {
            if (length != Size)
            {
                return null;
            }

            long ticks = LittleEndian.ReadInt64(buffer, 4);
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                return null;
            }

            return new LoadProfileEntry(
                LittleEndian.ReadUInt32(buffer, 0),
                new DateTime(ticks, DateTimeKind.Utc),
                buffer[12],
                LittleEndian.ReadInt64(buffer, 13),
                LittleEndian.ReadInt64(buffer, 21),
                LittleEndian.ReadInt64(buffer, 29),
                LittleEndian.ReadInt64(buffer, 37));
        }
    }
}
