using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Response-With-List (Green Book ed. 9, 9.5): C4 03, invoke-id-and-priority, SEQUENCE OF
    /// Get-Data-Result, one per requested attribute in request order. The count is bounded by
    /// <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated.
    /// </summary>
    public sealed class GetResponseWithList : XdlmsServiceApdu
    {
        // Smallest item: 01 and a data-access-result, or 00 and null-data.
        private const int MinItemSize = 2;

        private readonly GetDataResult[] _results;

        /// <summary>A response with <paramref name="results"/> (copied).</summary>
        public GetResponseWithList(byte invokeIdAndPriority, GetDataResult[] results)
            : base(XdlmsTag.GetResponse, XdlmsTag.GetWithList, invokeIdAndPriority)
        {
            _results = new GetDataResult[XdlmsCodec.CheckList(results, "results", true)];
            System.Array.Copy(results, _results, _results.Length);
        }

        /// <summary>The number of results.</summary>
        public int Count
        {
            get { return _results.Length; }
        }

        /// <summary>Result <paramref name="index"/>.</summary>
        public GetDataResult ResultAt(int index)
        {
            return _results[index];
        }

        internal override int BodySize
        {
            get
            {
                int size = AxdrLength.Size(_results.Length);
                for (int i = 0; i < _results.Length; i++)
                {
                    size += _results[i].Size;
                }

                return size;
            }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out GetResponseWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.GetResponse, XdlmsTag.GetWithList);
            GetDataResult[] results = new GetDataResult[reader.Count(MinItemSize)];
            for (int i = 0; i < results.Length && reader.Ok; i++)
            {
                results[i] = reader.DataResult(decoder);
            }

            apdu = reader.Finish() ? new GetResponseWithList(invokeIdAndPriority, results) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, _results.Length);
            for (int i = 0; i < _results.Length; i++)
            {
                position = _results[i].Write(buffer, position);
            }

            return position;
        }
    }
}
