using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-Normal (Green Book ed. 9, 9.5): C7 01, invoke-id-and-priority, Action-Response-With-Optional-Data:
    /// result Action-Result, return-parameters Get-Data-Result OPTIONAL (00 absent, 01 then the CHOICE). Immutable.
    /// </summary>
    public sealed class ActionResponseNormal
    {
        private readonly byte _invokeIdAndPriority;
        private readonly ActionResponseWithOptionalData _response;

        /// <summary>A response reporting <paramref name="result"/>; <paramref name="returnParameters"/> may be null (absent).</summary>
        public ActionResponseNormal(byte invokeIdAndPriority, ActionResult result, GetDataResult returnParameters)
            : this(invokeIdAndPriority, new ActionResponseWithOptionalData(result, returnParameters))
        {
        }

        /// <summary>A response carrying <paramref name="response"/>.</summary>
        public ActionResponseNormal(byte invokeIdAndPriority, ActionResponseWithOptionalData response)
        {
            if (response == null)
            {
                throw new System.ArgumentNullException("response");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _response = response;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
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

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + _response.Size; }
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

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.ActionResponse, XdlmsTag.Normal, _invokeIdAndPriority);
            return _response.Write(buffer, position) - offset;
        }
    }
}
