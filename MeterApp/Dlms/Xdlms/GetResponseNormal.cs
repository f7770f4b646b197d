using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Response-Normal (Green Book ed. 9, 9.5): C4 01, invoke-id-and-priority, result Get-Data-Result
    /// (the value, or a data-access-result). Immutable.
    /// </summary>
    public sealed class GetResponseNormal
    {
        private readonly byte _invokeIdAndPriority;
        private readonly GetDataResult _result;

        /// <summary>A response carrying <paramref name="result"/>.</summary>
        public GetResponseNormal(byte invokeIdAndPriority, GetDataResult result)
        {
            if (result == null)
            {
                throw new System.ArgumentNullException("result");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _result = result;
        }

        /// <summary>The invoke-id-and-priority octet (echoed from the request).</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The value or the data-access-result.</summary>
        public GetDataResult Result
        {
            get { return _result; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + _result.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out GetResponseNormal apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.GetResponse, XdlmsTag.Normal);
            GetDataResult result = reader.DataResult(decoder);
            apdu = reader.Finish() ? new GetResponseNormal(invokeIdAndPriority, result) : null;
            return reader.Result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.GetResponse, XdlmsTag.Normal, _invokeIdAndPriority);
            return _result.Write(buffer, position) - offset;
        }
    }
}
