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
        private readonly ActionResult _result;
        private readonly GetDataResult _returnParameters;

        /// <summary>A response reporting <paramref name="result"/>; <paramref name="returnParameters"/> may be null (absent).</summary>
        public ActionResponseNormal(byte invokeIdAndPriority, ActionResult result, GetDataResult returnParameters)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
            _result = result;
            _returnParameters = returnParameters;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The outcome of the method.</summary>
        public ActionResult Result
        {
            get { return _result; }
        }

        /// <summary>The return parameters (data or data-access-result), or null when absent.</summary>
        public GetDataResult ReturnParameters
        {
            get { return _returnParameters; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + 1 + 1 + (_returnParameters == null ? 0 : _returnParameters.Size); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out ActionResponseNormal apdu)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int position = offset;
            int end = offset + count;
            byte invokeIdAndPriority;
            XdlmsResult status = XdlmsCodec.ReadHeader(buffer, ref position, end, XdlmsTag.ActionResponse, XdlmsTag.Normal, out invokeIdAndPriority);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            byte result;
            status = XdlmsCodec.ReadByte(buffer, ref position, end, out result);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            bool present;
            status = XdlmsCodec.ReadOptionalFlag(buffer, ref position, end, out present);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            GetDataResult returnParameters = null;
            if (present)
            {
                status = GetDataResult.Read(decoder, buffer, ref position, end, out returnParameters);
                if (status != XdlmsResult.Ok)
                {
                    return status;
                }
            }

            status = XdlmsCodec.Finish(position, end);
            if (status == XdlmsResult.Ok)
            {
                apdu = new ActionResponseNormal(invokeIdAndPriority, (ActionResult)result, returnParameters);
            }

            return status;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.ActionResponse, XdlmsTag.Normal, _invokeIdAndPriority);
            buffer[position] = (byte)_result;
            if (_returnParameters == null)
            {
                buffer[position + 1] = 0;
                return position + 2 - offset;
            }

            buffer[position + 1] = 1;
            return _returnParameters.Write(buffer, position + 2) - offset;
        }
    }
}
