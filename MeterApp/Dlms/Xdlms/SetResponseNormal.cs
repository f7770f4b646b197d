namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-Normal (Green Book ed. 9, 9.5): C5 01, invoke-id-and-priority, result
    /// Data-Access-Result. Always 4 bytes. Immutable.
    /// </summary>
    public sealed class SetResponseNormal : XdlmsServiceApdu
    {
        /// <summary>Encoded size in bytes (fixed for this type).</summary>
        public new const int Size = 4;

        private readonly DataAccessResult _result;

        /// <summary>A response reporting <paramref name="result"/>.</summary>
        public SetResponseNormal(byte invokeIdAndPriority, DataAccessResult result)
            : base(XdlmsTag.SetResponse, XdlmsTag.Normal, invokeIdAndPriority)
        {
            _result = result;
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

        internal override int BodySize
        {
            get { return 1; }
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            buffer[position] = (byte)_result;
            return position + 1;
        }
    }
}
