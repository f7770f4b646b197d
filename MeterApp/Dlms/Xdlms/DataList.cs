using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// SEQUENCE OF Data (Green Book ed. 9, 9.5): the value-list of Set-Request-With-List and the
    /// method-invocation-parameters of Action-Request-With-List. Sent in blocks (with-list-and-first-block
    /// requests) it is the value the raw-data blocks carry: a client encodes it and splits it
    /// (<see cref="DataBlockSplitter"/>), a server joins the blocks (<see cref="DataBlockReassembler"/>) and decodes it.
    /// The count is bounded before anything is allocated; each value obeys the caller's <see cref="AxdrDecoder"/> limits.
    /// </summary>
    public static class DataList
    {
        // Smallest item: null-data, a single 00.
        private const int MinItemSize = 1;

        /// <summary>
        /// Decodes the list that fills buffer[offset .. offset + count): one value per descriptor, so a count
        /// other than <paramref name="expectedCount"/> is Malformed. Never throws on bad bytes.
        /// </summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, int expectedCount, out DlmsData[] values)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            if (decoder == null)
            {
                throw new System.ArgumentNullException("decoder");
            }

            int position = offset;
            XdlmsResult result = Read(decoder, buffer, ref position, offset + count, expectedCount, out values);
            if (result == XdlmsResult.Ok)
            {
                result = XdlmsCodec.Finish(position, offset + count);
            }

            if (result != XdlmsResult.Ok)
            {
                values = null;
            }

            return result;
        }

        /// <summary>Writes the count and the values; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public static int Encode(DlmsData[] values, byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size(values)))
            {
                return AxdrEncoder.DoesNotFit;
            }

            return Write(values, buffer, offset) - offset;
        }

        /// <summary>Encoded size in bytes of the count and the values (at most <see cref="XdlmsLimits.MaxListItems"/>, none null).</summary>
        public static int Size(DlmsData[] values)
        {
            XdlmsCodec.CheckList(values, "values", true);
            int size = AxdrLength.Size(values.Length);
            for (int i = 0; i < values.Length; i++)
            {
                size += AxdrEncoder.Size(values[i]);
            }

            return size;
        }

        /// <summary>Checks and copies a caller's list: exactly <paramref name="expected"/> values, none null.</summary>
        internal static DlmsData[] Copy(DlmsData[] values, int expected, string name)
        {
            if (values != null && values.Length != expected)
            {
                throw new System.ArgumentOutOfRangeException(name);
            }

            DlmsData[] copy = new DlmsData[XdlmsCodec.CheckList(values, name, true)];
            System.Array.Copy(values, copy, values.Length);
            return copy;
        }

        internal static XdlmsResult Read(AxdrDecoder decoder, byte[] buffer, ref int position, int end, int expected, out DlmsData[] values)
        {
            values = null;
            int items;
            XdlmsResult result = XdlmsCodec.ReadCount(buffer, ref position, end, MinItemSize, out items);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            // One value per descriptor (Green Book ed. 9, SET and ACTION service parameters "with list").
            if (items != expected)
            {
                return XdlmsResult.Malformed;
            }

            DlmsData[] read = new DlmsData[items];
            for (int i = 0; i < items; i++)
            {
                result = XdlmsCodec.ReadData(decoder, buffer, ref position, end, out read[i]);
                if (result != XdlmsResult.Ok)
                {
                    return result;
                }
            }

            values = read;
            return XdlmsResult.Ok;
        }

        internal static int Write(DlmsData[] values, byte[] buffer, int position)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, values.Length);
            for (int i = 0; i < values.Length; i++)
            {
                position = XdlmsCodec.WriteData(values[i], buffer, position);
            }

            return position;
        }
    }
}
