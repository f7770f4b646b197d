namespace Meter.Dlms.Acse
{
    /// <summary>Bounded BER TLV header reader for the ACSE subset DLMS uses (X.690 8.1; Green Book 9.4.2):
    /// single-octet identifiers, definite lengths in short form or 0x81/0x82 long form.</summary>
    public static class BerReader
    {
        /// <summary>Reads one identifier and length at <paramref name="position"/>, bounded by
        /// <paramref name="end"/>. On success <paramref name="position"/> points at the value, whose
        /// <paramref name="length"/> fits before <paramref name="end"/>; on failure it is unchanged.
        /// Returns <see cref="AcseError.Truncated"/> when the header or the value runs past the end.</summary>
        public static AcseError ReadHeader(byte[] buffer, ref int position, int end, out int tag, out int length)
        {
            tag = 0;
            length = 0;
            if (end - position < 2)
            {
                return AcseError.Truncated;
            }

            int identifier = buffer[position];
            if ((identifier & 0x1F) == 0x1F)
            {
                // High tag numbers (X.690 8.1.2.4) never occur in the ACSE APDUs DLMS uses.
                return AcseError.UnexpectedTag;
            }

            int first = buffer[position + 1];
            int p = position + 2;
            int value;
            if (first < 0x80)
            {
                value = first;
            }
            else if (first == 0x81)
            {
                if (end - p < 1)
                {
                    return AcseError.Truncated;
                }

                value = buffer[p];
                p += 1;
            }
            else if (first == 0x82)
            {
                if (end - p < 2)
                {
                    return AcseError.Truncated;
                }

                value = (buffer[p] << 8) | buffer[p + 1];
                p += 2;
            }
            else
            {
                // 0x80 is the indefinite form; 0x83 and longer cannot fit a DLMS APDU.
                return AcseError.UnsupportedLength;
            }

            if (value > end - p)
            {
                return AcseError.Truncated;
            }

            tag = identifier;
            length = value;
            position = p;
            return AcseError.None;
        }

        /// <summary>Reads a TLV nested inside a container ending at <paramref name="end"/>: running
        /// past the container is <see cref="AcseError.InnerLengthMismatch"/>, not truncation.</summary>
        public static AcseError ReadInnerHeader(byte[] buffer, ref int position, int end, out int tag, out int length)
        {
            AcseError error = ReadHeader(buffer, ref position, end, out tag, out length);
            return error == AcseError.Truncated ? AcseError.InnerLengthMismatch : error;
        }

        /// <summary>Reads the single TLV that must fill a constructed container exactly, checking its identifier.</summary>
        public static AcseError ReadOnlyChild(byte[] buffer, int start, int containerLength, int expectedTag, out int valueOffset, out int valueLength)
        {
            int position = start;
            int end = start + containerLength;
            int tag;
            valueOffset = 0;
            AcseError error = ReadInnerHeader(buffer, ref position, end, out tag, out valueLength);
            if (error != AcseError.None)
            {
                return error;
            }

            if (tag != expectedTag)
            {
                return AcseError.UnexpectedTag;
            }

            if (position + valueLength != end)
            {
                return AcseError.InnerLengthMismatch;
            }

            valueOffset = position;
            return AcseError.None;
        }
    }
}
