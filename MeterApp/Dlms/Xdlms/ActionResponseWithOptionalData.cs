using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-With-Optional-Data (Green Book ed. 9, 9.5): result Action-Result,
    /// return-parameters Get-Data-Result OPTIONAL (00 absent, 01 then the CHOICE). The body of
    /// Action-Response-Normal and the item of Action-Response-With-List. Immutable.
    /// </summary>
    public sealed class ActionResponseWithOptionalData
    {
        // Smallest encoding: the result and the 00 "no return parameters" flag.
        internal const int MinSize = 2;

        private readonly ActionResult _result;
        private readonly GetDataResult _returnParameters;

        /// <summary>A response reporting <paramref name="result"/>; <paramref name="returnParameters"/> may be null (absent).</summary>
        public ActionResponseWithOptionalData(ActionResult result, GetDataResult returnParameters)
        {
            _result = result;
            _returnParameters = returnParameters;
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
            get { return MinSize + (_returnParameters == null ? 0 : _returnParameters.Size); }
        }

        /// <summary>Decodes one response at <paramref name="offset"/>; <paramref name="consumed"/> says where it ended. Never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out ActionResponseWithOptionalData response, out int consumed)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            XdlmsResult status = Read(decoder, buffer, ref position, offset + count, out response);
            consumed = status == XdlmsResult.Ok ? position - offset : 0;
            return status;
        }

        /// <summary>Writes the response; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            return Write(buffer, offset) - offset;
        }

        internal static XdlmsResult Read(AxdrDecoder decoder, byte[] buffer, ref int position, int end, out ActionResponseWithOptionalData response)
        {
            response = null;
            byte result;
            XdlmsResult status = XdlmsCodec.ReadByte(buffer, ref position, end, out result);
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

            response = new ActionResponseWithOptionalData((ActionResult)result, returnParameters);
            return XdlmsResult.Ok;
        }

        internal int Write(byte[] buffer, int position)
        {
            buffer[position] = (byte)_result;
            if (_returnParameters == null)
            {
                buffer[position + 1] = 0;
                return position + 2;
            }

            buffer[position + 1] = 1;
            return _returnParameters.Write(buffer, position + 2);
        }
    }
}
