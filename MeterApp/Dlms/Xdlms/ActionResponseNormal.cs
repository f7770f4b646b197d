using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-Normal (Green Book ed. 9, 9.5): C7 01, invoke-id-and-priority, Action-Response-With-Optional-Data:
    /// result Action-Result, return-parameters Get-Data-Result OPTIONAL (00 absent, 01 then the CHOICE). Immutable.
    /// </summary>
    public sealed class ActionResponseNormal : XdlmsServiceApdu
    {
        private readonly ActionResponseWithOptionalData _response;

        /// <summary>A response reporting <paramref name="result"/>; <paramref name="returnParameters"/> may be null (absent).</summary>
        public ActionResponseNormal(byte invokeIdAndPriority, ActionResult result, GetDataResult returnParameters)
            : this(invokeIdAndPriority, new ActionResponseWithOptionalData(result, returnParameters))
        {
        }

        /// <summary>A response carrying <paramref name="response"/>.</summary>
        public ActionResponseNormal(byte invokeIdAndPriority, ActionResponseWithOptionalData response)
            : base(XdlmsTag.ActionResponse, XdlmsTag.Normal, invokeIdAndPriority)
        {
            if (response == null)
            {
                throw new System.ArgumentNullException("response");
            }

            _response = response;
        }

        /// <summary>The result and the optional return parameters.</summary>
        public ActionResponseWithOptionalData Response
        {
            get { return _response; }
        }

        /// <summary>The outcome of the method.</summary>
        public ActionResult Result
        {
            get { return _response.Result; }
        }

        /// <summary>The return parameters (data or data-access-result), or null when absent.</summary>
        public GetDataResult ReturnParameters
        {
            get { return _response.ReturnParameters; }
        }

        internal override int BodySize
        {
            get { return _response.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out ActionResponseNormal apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.ActionResponse, XdlmsTag.Normal);
            ActionResponseWithOptionalData response = reader.ActionResponse(decoder);
            apdu = reader.Finish() ? new ActionResponseNormal(invokeIdAndPriority, response) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            return _response.Write(buffer, position);
        }
    }
}
