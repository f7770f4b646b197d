using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-Normal (Green Book ed. 9, 9.5): C3 01, invoke-id-and-priority, Cosem-Method-Descriptor,
    /// method-invocation-parameters Data OPTIONAL (00 absent, 01 then the Data). Immutable.
    /// </summary>
    public sealed class ActionRequestNormal : XdlmsServiceApdu
    {
        private readonly CosemMethodDescriptor _method;
        private readonly DlmsData _parameters;

        /// <summary>A request invoking <paramref name="method"/>; <paramref name="parameters"/> may be null (absent).</summary>
        public ActionRequestNormal(byte invokeIdAndPriority, CosemMethodDescriptor method, DlmsData parameters)
            : base(XdlmsTag.ActionRequest, XdlmsTag.Normal, invokeIdAndPriority)
        {
            if (method == null)
            {
                throw new System.ArgumentNullException("method");
            }

            _method = method;
            _parameters = parameters;
        }

        /// <summary>The method invoked.</summary>
        public CosemMethodDescriptor Method
        {
            get { return _method; }
        }

        /// <summary>The method-invocation-parameters, or null when absent.</summary>
        public DlmsData Parameters
        {
            get { return _parameters; }
        }

        internal override int BodySize
        {
            get { return CosemMethodDescriptor.Size + 1 + (_parameters == null ? 0 : AxdrEncoder.Size(_parameters)); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out ActionRequestNormal apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.ActionRequest, XdlmsTag.Normal);
            CosemMethodDescriptor method = reader.Method();
            DlmsData parameters = reader.OptionalFlag() ? reader.Data(decoder) : null;
            apdu = reader.Finish() ? new ActionRequestNormal(invokeIdAndPriority, method, parameters) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = _method.Write(buffer, position);
            if (_parameters == null)
            {
                buffer[position] = 0;
                return position + 1;
            }

            buffer[position] = 1;
            return XdlmsCodec.WriteData(_parameters, buffer, position + 1);
        }
    }
}
