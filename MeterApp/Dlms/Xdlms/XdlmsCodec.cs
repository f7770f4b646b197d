using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Field helpers shared by the xDLMS APDU types: bounded reads that advance a position and return
    /// an <see cref="XdlmsResult"/>, and unchecked writes used after the caller sized the whole APDU.
    /// </summary>
    internal static class XdlmsCodec
    {
        /// <summary>Throws for a null buffer or a range outside it (caller bugs, not input).</summary>
        internal static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new System.ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("offset");
            }
        }

        /// <summary>
        /// Checks a caller's list before it is copied (caller bugs, not input): not null, at most
        /// <see cref="XdlmsLimits.MaxListItems"/> items and, with <paramref name="noNullItems"/>, no null
        /// entry. Returns the length.
        /// </summary>
        internal static int CheckList(System.Array items, string name, bool noNullItems)
        {
            if (items == null)
            {
                throw new System.ArgumentNullException(name);
            }

            if (items.Length > XdlmsLimits.MaxListItems)
            {
                throw new System.ArgumentOutOfRangeException(name);
            }

            for (int i = 0; noNullItems && i < items.Length; i++)
            {
                if (items.GetValue(i) == null)
                {
                    throw new System.ArgumentNullException(name);
                }
            }

            return items.Length;
        }

        /// <summary>Checks the tag and type bytes and reads the invoke-id-and-priority octet after them.</summary>
        internal static XdlmsResult ReadHeader(byte[] buffer, ref int position, int end, byte tag, byte choice, out byte invokeIdAndPriority)
        {
            invokeIdAndPriority = 0;
            if (position >= end)
            {
                return XdlmsResult.Truncated;
            }

            if (buffer[position] != tag)
            {
                return XdlmsResult.UnknownTag;
            }

            if (position + 1 >= end)
            {
                return XdlmsResult.Truncated;
            }

            if (buffer[position + 1] != choice)
            {
                return XdlmsResult.UnknownChoice;
            }

            if (position + 2 >= end)
            {
                return XdlmsResult.Truncated;
            }

            invokeIdAndPriority = buffer[position + 2];
            position += 3;
            return XdlmsResult.Ok;
        }

        /// <summary>Writes tag, type and invoke-id-and-priority; returns the position after them.</summary>
        internal static int WriteHeader(byte[] buffer, int position, byte tag, byte choice, byte invokeIdAndPriority)
        {
            buffer[position] = tag;
            buffer[position + 1] = choice;
            buffer[position + 2] = invokeIdAndPriority;
            return position + 3;
        }

        internal static XdlmsResult ReadByte(byte[] buffer, ref int position, int end, out byte value)
        {
            value = 0;
            if (position >= end)
            {
                return XdlmsResult.Truncated;
            }

            value = buffer[position];
            position++;
            return XdlmsResult.Ok;
        }

        internal static XdlmsResult ReadUInt32(byte[] buffer, ref int position, int end, out uint value)
        {
            value = 0;
            if (end - position < 4)
            {
                return XdlmsResult.Truncated;
            }

            value = BigEndian.ReadUInt32(buffer, position);
            position += 4;
            return XdlmsResult.Ok;
        }

        /// <summary>Reads the A-XDR usage flag of an OPTIONAL component (00 absent, 01 present).</summary>
        internal static XdlmsResult ReadOptionalFlag(byte[] buffer, ref int position, int end, out bool present)
        {
            present = false;
            if (position >= end)
            {
                return XdlmsResult.Truncated;
            }

            byte flag = buffer[position];
            if (flag > 1)
            {
                return XdlmsResult.Malformed;
            }

            present = flag == 1;
            position++;
            return XdlmsResult.Ok;
        }

        /// <summary>Reads a BOOLEAN octet; A-XDR (like BER) takes any non-zero value as TRUE, we demand 00/01 so re-encoding is exact.</summary>
        internal static XdlmsResult ReadBoolean(byte[] buffer, ref int position, int end, out bool value)
        {
            return ReadOptionalFlag(buffer, ref position, end, out value);
        }

        /// <summary>
        /// Reads an OCTET STRING's A-XDR length and checks the content fits in what remains;
        /// <paramref name="start"/> and <paramref name="length"/> locate the content, which is skipped.
        /// A length too large for an int is Truncated like any other length beyond the bytes left
        /// (TooLarge stays reserved for the configured limits).
        /// </summary>
        internal static XdlmsResult ReadOctetString(byte[] buffer, ref int position, int end, out int start, out int length)
        {
            start = position;
            int used;
            AxdrResult lengthResult = AxdrLength.TryRead(buffer, position, end - position, out length, out used);
            if (lengthResult == AxdrResult.TooLarge)
            {
                return XdlmsResult.Truncated;
            }

            if (lengthResult != AxdrResult.Ok)
            {
                return FromAxdr(lengthResult);
            }

            if (length > end - position - used)
            {
                return XdlmsResult.Truncated;
            }

            start = position + used;
            position = start + length;
            return XdlmsResult.Ok;
        }

        /// <summary>Reads one Data value with the caller's A-XDR decoder (its depth and size limits apply).</summary>
        internal static XdlmsResult ReadData(AxdrDecoder decoder, byte[] buffer, ref int position, int end, out DlmsData value)
        {
            int consumed;
            AxdrResult result = decoder.Decode(buffer, position, end - position, out value, out consumed);
            position += consumed;
            return FromAxdr(result);
        }

        /// <summary>Maps an A-XDR failure onto the xDLMS result set.</summary>
        internal static XdlmsResult FromAxdr(AxdrResult result)
        {
            switch (result)
            {
                case AxdrResult.Ok:
                    return XdlmsResult.Ok;
                case AxdrResult.Truncated:
                    return XdlmsResult.Truncated;
                case AxdrResult.TooDeep:
                case AxdrResult.TooLarge:
                    return XdlmsResult.TooLarge;
                case AxdrResult.Unsupported:
                    return XdlmsResult.Unsupported;
                default:
                    return XdlmsResult.Malformed;
            }
        }

        /// <summary>
        /// Reads a SEQUENCE OF count and bounds it before the caller allocates: above
        /// <see cref="XdlmsLimits.MaxListItems"/> is TooLarge, more items than the bytes left can hold
        /// (each takes at least <paramref name="minItemSize"/> bytes) is Truncated.
        /// </summary>
        internal static XdlmsResult ReadCount(byte[] buffer, ref int position, int end, int minItemSize, out int count)
        {
            int used;
            AxdrResult length = AxdrLength.TryRead(buffer, position, end - position, out count, out used);
            if (length != AxdrResult.Ok)
            {
                return FromAxdr(length);
            }

            position += used;
            if (count > XdlmsLimits.MaxListItems)
            {
                return XdlmsResult.TooLarge;
            }

            if (count > (end - position) / minItemSize)
            {
                return XdlmsResult.Truncated;
            }

            return XdlmsResult.Ok;
        }

        /// <summary>Ok when the APDU ended exactly at <paramref name="end"/>.</summary>
        internal static XdlmsResult Finish(int position, int end)
        {
            return position == end ? XdlmsResult.Ok : XdlmsResult.TrailingBytes;
        }

        /// <summary>Writes a Data value whose size the caller already counted into the space checked.</summary>
        internal static int WriteData(DlmsData value, byte[] buffer, int position)
        {
            return position + AxdrEncoder.Encode(value, buffer, position, buffer.Length - position);
        }

        /// <summary>
        /// Writes last-block BOOLEAN and block-number Unsigned32, how DataBlock-G and DataBlock-SA start
        /// (Green Book ed. 9, 9.5); returns the position after them.
        /// </summary>
        internal static int WriteBlockHeader(byte[] buffer, int position, bool lastBlock, uint blockNumber)
        {
            buffer[position] = lastBlock ? (byte)1 : (byte)0;
            BigEndian.WriteUInt32(buffer, position + 1, blockNumber);
            return position + 5;
        }

        /// <summary>Writes an OCTET STRING (A-XDR length, then the content) into space already counted; returns the position after it.</summary>
        internal static int WriteOctetString(byte[] buffer, int position, byte[] content)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, content.Length);
            System.Array.Copy(content, 0, buffer, position, content.Length);
            return position + content.Length;
        }

        /// <summary>Checks the encoder arguments; returns false when <paramref name="size"/> bytes do not fit.</summary>
        internal static bool Fits(byte[] buffer, int offset, int count, int size)
        {
            CheckRange(buffer, offset, count);
            return size <= count;
        }
    }
}
