namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-With-List (Green Book ed. 9, 9.5): C5 05, invoke-id-and-priority, result SEQUENCE OF
    /// Data-Access-Result, one per attribute in request order. The count is bounded by
    /// <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class SetResponseWithList : ResultListApdu
    {

        /// <summary>A response with <paramref name="results"/> (copied).</summary>
        public SetResponseWithList(byte invokeIdAndPriority, DataAccessResult[] results)
            : base(XdlmsTag.SetResponse, XdlmsTag.SetResponseWithList, invokeIdAndPriority, results)
        {
        }

        internal override int BodySize
        {
            get { return ListSize; }
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

        internal override int WriteBody(byte[] buffer, int position)
        {
            return WriteList(buffer, position);
        }
    }
}
