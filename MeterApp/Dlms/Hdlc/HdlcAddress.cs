namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// An HDLC address field (IEC 62056-46 6.4, MAC sub-layer addressing): 1, 2 or 4 bytes of 7
    /// address bits each, the low bit of every byte 0 except the last, which is 1 (extension-bit rule).
    /// A client address is one byte (its SAP). A server address is the upper HDLC address (logical
    /// device) alone, or upper and lower (physical device) in one byte each, or two bytes each (14 bits).
    /// </summary>
    public struct HdlcAddress
    {
        /// <summary>Largest value of a one-byte address part.</summary>
        public const int MaxOneByteValue = 0x7F;

        /// <summary>Largest value of a two-byte address part.</summary>
        public const int MaxTwoByteValue = 0x3FFF;

        /// <summary>The upper HDLC address, or the client SAP for a one-byte client address.</summary>
        public int Upper;

        /// <summary>The lower HDLC address; 0 when <see cref="Size"/> is 1 (absent).</summary>
        public int Lower;

        /// <summary>Bytes on the wire: 1, 2 or 4.</summary>
        public int Size;

        /// <summary>A one-byte address (a client SAP, or a server's upper address alone).</summary>
        public static HdlcAddress OneByte(int upper)
        {
            HdlcAddress address;
            address.Upper = upper;
            address.Lower = 0;
            address.Size = 1;
            return address;
        }

        /// <summary>A server address of <paramref name="size"/> bytes (2 or 4) with upper and lower parts.</summary>
        public static HdlcAddress Server(int upper, int lower, int size)
        {
            HdlcAddress address;
            address.Upper = upper;
            address.Lower = lower;
            address.Size = size;
            return address;
        }

        /// <summary>True when the size is 1, 2 or 4 and each part fits its bits.</summary>
        public bool IsValid
        {
            get
            {
                int max = Size == 4 ? MaxTwoByteValue : MaxOneByteValue;
                if (Size != 1 && Size != 2 && Size != 4)
                {
                    return false;
                }

                return Upper >= 0 && Upper <= max && Lower >= 0 && Lower <= (Size == 1 ? 0 : max);
            }
        }

        /// <summary>
        /// Writes the address at <paramref name="offset"/> and returns <see cref="Size"/>; the caller has
        /// checked <see cref="IsValid"/> and the room.
        /// </summary>
        public int Write(byte[] buffer, int offset)
        {
            switch (Size)
            {
                case 1:
                    buffer[offset] = (byte)((Upper << 1) | 1);
                    break;
                case 2:
                    buffer[offset] = (byte)(Upper << 1);
                    buffer[offset + 1] = (byte)((Lower << 1) | 1);
                    break;
                default:
                    buffer[offset] = (byte)((Upper >> 7) << 1);
                    buffer[offset + 1] = (byte)(Upper << 1);
                    buffer[offset + 2] = (byte)((Lower >> 7) << 1);
                    buffer[offset + 3] = (byte)((Lower << 1) | 1);
                    break;
            }

            return Size;
        }

        /// <summary>
        /// Reads an address from at most <paramref name="count"/> bytes at <paramref name="offset"/>.
        /// Returns its size, or 0 when no byte with the extension bit set ends it within 4 bytes (or
        /// within <paramref name="count"/>), or when it ends after 3 bytes.
        /// </summary>
        public static int Read(byte[] buffer, int offset, int count, out HdlcAddress address)
        {
            address.Upper = 0;
            address.Lower = 0;
            address.Size = 0;
            int limit = count < 4 ? count : 4;
            int size = 0;
            for (int i = 0; i < limit; i++)
            {
                if ((buffer[offset + i] & 1) != 0)
                {
                    size = i + 1;
                    break;
                }
            }

            if (size == 0 || size == 3)
            {
                return 0;
            }

            address.Size = size;
            if (size == 1)
            {
                address.Upper = buffer[offset] >> 1;
            }
            else if (size == 2)
            {
                address.Upper = buffer[offset] >> 1;
                address.Lower = buffer[offset + 1] >> 1;
            }
            else
            {
                address.Upper = ((buffer[offset] >> 1) << 7) | (buffer[offset + 1] >> 1);
                address.Lower = ((buffer[offset + 2] >> 1) << 7) | (buffer[offset + 3] >> 1);
            }

            return size;
        }

        /// <summary>True when both addresses have the same size and parts.</summary>
        public bool SameAs(HdlcAddress other)
        {
            return Size == other.Size && Upper == other.Upper && Lower == other.Lower;
        }
    }
}
