using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// SEQUENCE OF Data (Green Book ed. 9, 9.5): the value-list of Set-Request-With-List and the
    /// method-invocation-parameters of Action-Request-With-List. The count is bounded before anything
    /// is allocated; each value obeys the caller's <see cref="AxdrDecoder"/> limits.
    /// </summary>
    internal static class DataList
    {
        // Smallest item: null-data, a single 00.
        private const int MinItemSize = 1;

        /// <summary>Checks and copies a caller's list: exactly <paramref name="expected"/> values, none null.</summary>
        internal static DlmsData[] Copy(DlmsData[] values, int expected, string name)
        {
            if (values == null)
            {
                throw new System.ArgumentNullException(name);
            }

            if (values.Length != expected)
            {
                throw new System.ArgumentOutOfRangeException(name);
            }

            DlmsData[] copy = new DlmsData[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == null)
                {
                    throw new System.ArgumentNullException(name);
                }

                copy[i] = values[i];
            }

            return copy;
        }

        internal static int Size(DlmsData[] values)
        {
            int size = AxdrLength.Size(values.Length);
            for (int i = 0; i < values.Length; i++)
            {
                size += AxdrEncoder.Size(values[i]);
            }

            return size;
        }

        /// <summary>Reads the list; a count other than <paramref name="expected"/> (the descriptor count) is Malformed.</summary>
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
