using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-With-List (Green Book ed. 9, 9.5): C5 05, invoke-id-and-priority, result SEQUENCE OF
    /// Data-Access-Result, one per attribute in request order. The count is bounded by
    /// <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class SetResponseWithList
    {
        private readonly byte _invokeIdAndPriority;
        private readonly DataAccessResult[] _results;

        /// <summary>A response with <paramref name="results"/> (copied).</summary>
        public SetResponseWithList(byte invokeIdAndPriority, DataAccessResult[] results)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
            _results = DataAccessResultList.Copy(results);
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The number of results.</summary>
        public int Count
        {
            get { return _results.Length; }
        }

        /// <summary>Result <paramref name="index"/>.</summary>
        public DataAccessResult ResultAt(int index)
        {
            return _results[index];
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + DataAccessResultList.Size(_results); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetResponseWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetResponse, XdlmsTag.SetResponseWithList);
            DataAccessResult[] results = reader.Results();
            apdu = reader.Finish() ? new SetResponseWithList(invokeIdAndPriority, results) : null;
            return reader.Result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.SetResponse, XdlmsTag.SetResponseWithList, _invokeIdAndPriority);
            return DataAccessResultList.Write(_results, buffer, position) - offset;
        }
    }
}
