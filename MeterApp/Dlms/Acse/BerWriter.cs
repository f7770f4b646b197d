namespace Meter.Dlms.Acse
{
    /// <summary>BER TLV writer for the ACSE subset (X.690 8.1.3): minimal definite lengths, short form
    /// below 128, 0x81 below 256, 0x82 up to 65535.</summary>
    public static class BerWriter
    {
        /// <summary>Largest content length this subset encodes.</summary>
        public const int MaxLength = 0xFFFF;

        /// <summary>Bytes taken by an identifier and a length of <paramref name="length"/>.</summary>
        public static int HeaderSize(int length)
        {
            return length < 0x80 ? 2 : length < 0x100 ? 3 : 4;
        }

        /// <summary>Bytes taken by a whole TLV with <paramref name="length"/> content bytes.</summary>
        public static int TlvSize(int length)
        {
            return HeaderSize(length) + length;
        }

        /// <summary>Bytes taken by a constructed TLV holding one TLV of <paramref name="length"/> content bytes.</summary>
        public static int WrappedSize(int length)
        {
            return TlvSize(TlvSize(length));
        }

        /// <summary>Writes an identifier and length (at most <see cref="MaxLength"/>); returns the position after them.</summary>
        public static int WriteHeader(byte[] buffer, int position, int tag, int length)
        {
            buffer[position++] = (byte)tag;
            if (length < 0x80)
            {
                buffer[position++] = (byte)length;
            }
            else if (length < 0x100)
            {
                buffer[position++] = 0x81;
                buffer[position++] = (byte)length;
            }
            else
            {
                buffer[position++] = 0x82;
                buffer[position++] = (byte)(length >> 8);
                buffer[position++] = (byte)length;
            }

            return position;
        }

        /// <summary>Writes a primitive TLV; returns the position after it.</summary>
        public static int WritePrimitive(byte[] buffer, int position, int tag, byte[] value)
        {
            position = WriteHeader(buffer, position, tag, value.Length);
            System.Array.Copy(value, 0, buffer, position, value.Length);
            return position + value.Length;
        }

        /// <summary>Writes a constructed TLV holding one primitive TLV (e.g. A6 0A 04 08 title); returns the position after it.</summary>
        public static int WriteWrapped(byte[] buffer, int position, int outerTag, int innerTag, byte[] value)
        {
            position = WriteHeader(buffer, position, outerTag, TlvSize(value.Length));
            return WritePrimitive(buffer, position, innerTag, value);
        }
    }
}
