using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-Normal (Green Book ed. 9, 9.5): C5 01, invoke-id-and-priority, result
    /// Data-Access-Result. Always 4 bytes. Immutable.
    /// </summary>
    public sealed class SetResponseNormal
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 4;

        private readonly byte _invokeIdAndPriority;
        private readonly DataAccessResult _result;

        /// <summary>A response reporting <paramref name="result"/>.</summary>
        public SetResponseNormal(byte invokeIdAndPriority, DataAccessResult result)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
            _result = result;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The outcome of the write.</summary>
        public DataAccessResult Result
        {
            get { return _result; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetResponseNormal apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetResponse, XdlmsTag.Normal);
            byte result = reader.Byte();
            apdu = reader.Finish() ? new SetResponseNormal(invokeIdAndPriority, (DataAccessResult)result) : null;
            return reader.Result;
        }

        /// <summary>Writes the APDU; returns <see cref="Size"/> or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.SetResponse, XdlmsTag.Normal, _invokeIdAndPriority);
            buffer[position] = (byte)_result;
            return Size;
        }
    }
}
