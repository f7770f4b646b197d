namespace Meter.Dlms.Xdlms
{
    /// <summary>Reads and writes the 7-octet conformance block 5F 1F 04 00 b0 b1 b2 (Green Book 9.4.6.1:
    /// [APPLICATION 31] IMPLICIT BIT STRING of 24 bits, BER-encoded inside the A-XDR initiate APDUs).</summary>
    public static class ConformanceBlock
    {
        /// <summary>Encoded size.</summary>
        public const int Size = 7;

        /// <summary>Reads the block at <paramref name="position"/>; the caller has checked that <see cref="Size"/> octets remain.</summary>
        public static XdlmsError Read(byte[] buffer, int position, out Conformance conformance)
        {
            conformance = Conformance.None;
            if (buffer[position] != 0x5F || buffer[position + 1] != 0x1F || buffer[position + 2] != 0x04 || buffer[position + 3] != 0x00)
            {
                return XdlmsError.UnexpectedTag;
            }

            conformance = (Conformance)((buffer[position + 4] << 16) | (buffer[position + 5] << 8) | buffer[position + 6]);
            return XdlmsError.None;
        }

        /// <summary>Writes the block; returns the position after it.</summary>
        public static int Write(byte[] buffer, int position, Conformance conformance)
        {
            int bits = (int)conformance;
            buffer[position++] = 0x5F;
            buffer[position++] = 0x1F;
            buffer[position++] = 0x04;
            buffer[position++] = 0x00;
            buffer[position++] = (byte)(bits >> 16);
            buffer[position++] = (byte)(bits >> 8);
            buffer[position++] = (byte)bits;
            return position;
        }
    }
}
