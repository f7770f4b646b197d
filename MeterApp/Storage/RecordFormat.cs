namespace Meter.Storage
{
    /// <summary>
    /// One record: a 16-byte header, the payload, then erased padding up to a 4-byte boundary.
    /// <code>
    /// 0  key          ushort
    /// 2  length       ushort payload length
    /// 4  sequence     uint   global write sequence; the highest sequence of a key is its value
    /// 8  recordCrc    uint   CRC-32 of bytes 0..7 and the payload: the record is whole
    /// 12 headerCrc    uint   CRC-32 of bytes 0..11: the length can be trusted to skip a torn payload
    /// </code>
    /// A record is programmed in one operation, header first. A cut inside the header leaves a
    /// header that fails its CRC; a cut inside the payload leaves a header that passes and a record
    /// CRC that fails. Either way the record is absent, never half there.
    /// </summary>
    internal static class RecordFormat
    {
        public const int HeaderSize = 16;
        public const int Alignment = 4;

        public static int AlignedSize(int payloadLength)
        {
            return Align(HeaderSize + payloadLength);
        }

        public static int Align(int value)
        {
            return (value + Alignment - 1) & ~(Alignment - 1);
        }

        /// <summary>Fills in the header of a record whose payload already sits at offset + HeaderSize.</summary>
        public static void WriteHeader(byte[] buffer, int offset, ushort key, int length, uint sequence)
        {
            LittleEndian.WriteUInt16(buffer, offset, key);
            LittleEndian.WriteUInt16(buffer, offset + 2, (ushort)length);
            LittleEndian.WriteUInt32(buffer, offset + 4, sequence);
            uint recordCrc = Crc32.Append(Crc32.Compute(buffer, offset, 8), buffer, offset + HeaderSize, length);
            LittleEndian.WriteUInt32(buffer, offset + 8, recordCrc);
            LittleEndian.WriteUInt32(buffer, offset + 12, Crc32.Compute(buffer, offset, 12));
        }

        public static bool IsHeaderValid(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt32(buffer, offset + 12) == Crc32.Compute(buffer, offset, 12);
        }

        /// <summary>Checks the CRC of a record against a header at <paramref name="offset"/> and a payload at <paramref name="payloadOffset"/> of <paramref name="payload"/>.</summary>
        public static bool IsPayloadValid(byte[] header, int offset, byte[] payload, int payloadOffset, int length)
        {
            uint crc = Crc32.Append(Crc32.Compute(header, offset, 8), payload, payloadOffset, length);
            return crc == LittleEndian.ReadUInt32(header, offset + 8);
        }

        public static ushort ReadKey(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt16(buffer, offset);
        }

        public static int ReadLength(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt16(buffer, offset + 2);
        }

        public static uint ReadSequence(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt32(buffer, offset + 4);
        }
    }
}
