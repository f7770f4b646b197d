namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// Big-endian integer fields, the byte order of every DLMS layer (the device has no
    /// BinaryPrimitives). The caller bounds the offsets; these helpers do not check them.
    /// </summary>
    public static class BigEndian
    {
        /// <summary>Reads an unsigned 16-bit value.</summary>
        public static ushort ReadUInt16(byte[] buffer, int offset)
        {
            return (ushort)((buffer[offset] << 8) | buffer[offset + 1]);
        }

        /// <summary>Reads an unsigned 32-bit value.</summary>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        /// <summary>Reads an unsigned 64-bit value.</summary>
        public static ulong ReadUInt64(byte[] buffer, int offset)
        {
            return ((ulong)ReadUInt32(buffer, offset) << 32) | ReadUInt32(buffer, offset + 4);
        }

        /// <summary>Writes an unsigned 16-bit value.</summary>
        public static void WriteUInt16(byte[] buffer, int offset, ushort value)
        {
            buffer[offset] = (byte)(value >> 8);
            buffer[offset + 1] = (byte)value;
        }

        /// <summary>Writes an unsigned 32-bit value.</summary>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        /// <summary>Writes an unsigned 64-bit value.</summary>
        public static void WriteUInt64(byte[] buffer, int offset, ulong value)
        {
            WriteUInt32(buffer, offset, (uint)(value >> 32));
            WriteUInt32(buffer, offset + 4, (uint)value);
        }
    }
}
