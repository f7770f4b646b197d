using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// SEQUENCE OF Data-Access-Result (Green Book ed. 9, 9.5) of the SET with-list responses, one octet
    /// per item; the count is bounded before anything is allocated.
    /// </summary>
    internal static class DataAccessResultList
    {
        /// <summary>Checks and copies a caller's list (at most <see cref="XdlmsLimits.MaxListItems"/>).</summary>
        internal static DataAccessResult[] Copy(DataAccessResult[] results)
        {
            DataAccessResult[] copy = new DataAccessResult[XdlmsCodec.CheckList(results, "results", false)];
            System.Array.Copy(results, copy, copy.Length);
            return copy;
        }

        internal static int Size(DataAccessResult[] results)
        {
            return AxdrLength.Size(results.Length) + results.Length;
        }

        internal static XdlmsResult Read(byte[] buffer, ref int position, int end, out DataAccessResult[] results)
        {
            results = null;
            int items;
            XdlmsResult result = XdlmsCodec.ReadCount(buffer, ref position, end, 1, out items);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            DataAccessResult[] read = new DataAccessResult[items];
            for (int i = 0; i < items; i++)
            {
                read[i] = (DataAccessResult)buffer[position + i];
            }

            position += items;
            results = read;
            return XdlmsResult.Ok;
        }

        internal static int Write(DataAccessResult[] results, byte[] buffer, int position)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, results.Length);
            for (int i = 0; i < results.Length; i++)
            {
                buffer[position + i] = (byte)results[i];
            }

            return position + results.Length;
        }
    }
}
