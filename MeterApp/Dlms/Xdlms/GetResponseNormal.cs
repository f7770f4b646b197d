using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Response-Normal (Green Book ed. 9, 9.5): C4 01, invoke-id-and-priority, result Get-Data-Result
    /// (the value, or a data-access-result). Immutable.
    /// </summary>
    public sealed class GetResponseNormal : XdlmsServiceApdu
    {
        private readonly GetDataResult _result;

        /// <summary>A response carrying <paramref name="result"/>.</summary>
        public GetResponseNormal(byte invokeIdAndPriority, GetDataResult result)
            : base(XdlmsTag.GetResponse, XdlmsTag.Normal, invokeIdAndPriority)
        {
            if (result == null)
            {
                throw new System.ArgumentNullException("result");
            }

            _result = result;
        }

        /// <summary>The value or the data-access-result.</summary>
        public GetDataResult Result
        {
            get { return _result; }
        }

        internal override int BodySize
        {
            get { return _result.Size; }
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

        internal override int WriteBody(byte[] buffer, int position)
        {
            return _result.Write(buffer, position);
        }
    }
}
