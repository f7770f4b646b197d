namespace Meter.Storage
{
    /// <summary>
    /// The header at the start of every sector the record store has opened (20 bytes, little-endian):
    /// <code>
    /// 0  magic        uint   "MRS1"
    /// 4  version      ushort format version (1)
    /// 6  reserved     ushort left erased (0xFFFF) so a later format can program it without an erase
    /// 8  sequence     uint   order in which sectors were opened; the highest is the active sector
    /// 12 eraseCount   uint   erases of this sector so far (wear statistics)
    /// 16 crc          uint   CRC-32 of bytes 0..15
    /// </code>
    /// The header is programmed on an erased sector before any record, so a torn header means the
    /// sector holds nothing yet.
    /// </summary>
    internal static class SectorFormat
    {
        public const int HeaderSize = 20;
        public const uint Magic = 0x3153524D; // bytes 'M' 'R' 'S' '1'
        public const ushort Version = 1;

        public const int Valid = 0;
        public const int UnknownVersion = 1;
        public const int Invalid = 2;

        public static void Write(byte[] buffer, int offset, uint sequence, uint eraseCount)
        {
            LittleEndian.WriteUInt32(buffer, offset, Magic);
            LittleEndian.WriteUInt16(buffer, offset + 4, Version);
            LittleEndian.WriteUInt16(buffer, offset + 6, 0xFFFF);
            LittleEndian.WriteUInt32(buffer, offset + 8, sequence);
            LittleEndian.WriteUInt32(buffer, offset + 12, eraseCount);
            LittleEndian.WriteUInt32(buffer, offset + 16, Crc32.Compute(buffer, offset, 16));
        }

        /// <summary><see cref="Valid"/>, <see cref="UnknownVersion"/> (a well-formed header of another format version) or <see cref="Invalid"/>.</summary>
        public static int Check(byte[] buffer, int offset)
        {
            if (LittleEndian.ReadUInt32(buffer, offset) != Magic
                || LittleEndian.ReadUInt32(buffer, offset + 16) != Crc32.Compute(buffer, offset, 16))
            {
                return Invalid;
            }

            return LittleEndian.ReadUInt16(buffer, offset + 4) == Version ? Valid : UnknownVersion;
        }

        public static uint ReadSequence(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt32(buffer, offset + 8);
        }

        public static uint ReadEraseCount(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt32(buffer, offset + 12);
        }
    }
}
