namespace Meter.Dlms.Wrapper
{
    /// <summary>
    /// The IEC 62056-47 wrapper header carried before each APDU over TCP or UDP:
    /// version (0x0001), source wPort, destination wPort and APDU length, each uint16 big-endian.
    /// </summary>
    public struct WrapperHeader
    {
        /// <summary>Bytes in the header.</summary>
        public const int Size = 8;

        /// <summary>The only wrapper version.</summary>
        public const int Version = 0x0001;

        /// <summary>Source wPort (the sender's SAP: client SAP, or 1 for the management logical device).</summary>
        public int Source;

        /// <summary>Destination wPort.</summary>
        public int Destination;

        /// <summary>Length of the APDU that follows the header.</summary>
        public int Length;

        /// <summary>A header for an APDU of <paramref name="length"/> bytes.</summary>
        public static WrapperHeader Create(int source, int destination, int length)
        {
            WrapperHeader header;
            header.Source = source;
            header.Destination = destination;
            header.Length = length;
            return header;
        }

        /// <summary>
        /// Parses a header at <paramref name="offset"/>. The version is checked as soon as two bytes are
        /// present, so a stream that is not the wrapper is rejected early; a length of 0 or above
        /// <paramref name="maxApduLength"/> is an error, never an allocation.
        /// </summary>
        public static WrapperResult Parse(byte[] buffer, int offset, int count, int maxApduLength, out WrapperHeader header)
        {
            header.Source = 0;
            header.Destination = 0;
            header.Length = 0;
            if (count >= 2 && ReadUInt16(buffer, offset) != Version)
            {
                return WrapperResult.BadVersion;
            }

            if (count < Size)
            {
                return WrapperResult.Truncated;
            }

            header.Source = ReadUInt16(buffer, offset + 2);
            header.Destination = ReadUInt16(buffer, offset + 4);
            header.Length = ReadUInt16(buffer, offset + 6);
            if (header.Length == 0)
            {
                return WrapperResult.BadLength;
            }

            return header.Length > maxApduLength ? WrapperResult.Oversize : WrapperResult.Ok;
        }

        /// <summary>
        /// Writes the header and returns <see cref="Size"/>, or 0 when a field does not fit 16 bits or
        /// the header does not fit in <paramref name="count"/> bytes.
        /// </summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (count < Size || !IsUInt16(Source) || !IsUInt16(Destination) || !IsUInt16(Length))
            {
                return 0;
            }

            WriteUInt16(buffer, offset, Version);
            WriteUInt16(buffer, offset + 2, Source);
            WriteUInt16(buffer, offset + 4, Destination);
            WriteUInt16(buffer, offset + 6, Length);
            return Size;
        }

        private static bool IsUInt16(int value)
        {
            return value >= 0 && value <= 0xFFFF;
        }

        private static int ReadUInt16(byte[] buffer, int offset)
        {
            return (buffer[offset] << 8) | buffer[offset + 1];
        }

        private static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 8);
            buffer[offset + 1] = (byte)value;
        }
    }
}
