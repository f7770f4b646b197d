using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-Normal (Green Book ed. 9, 9.5): C3 01, invoke-id-and-priority, Cosem-Method-Descriptor,
    /// method-invocation-parameters Data OPTIONAL (00 absent, 01 then the Data). Immutable.
    /// </summary>
    public sealed class ActionRequestNormal
    {
        private readonly byte _invokeIdAndPriority;
        private readonly CosemMethodDescriptor _method;
        private readonly DlmsData _parameters;

        /// <summary>A request invoking <paramref name="method"/>; <paramref name="parameters"/> may be null (absent).</summary>
        public ActionRequestNormal(byte invokeIdAndPriority, CosemMethodDescriptor method, DlmsData parameters)
        {
            if (method == null)
            {
                throw new System.ArgumentNullException("method");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _method = method;
            _parameters = parameters;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
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

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + CosemMethodDescriptor.Size + 1 + (_parameters == null ? 0 : AxdrEncoder.Size(_parameters)); }
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

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.ActionRequest, XdlmsTag.Normal, _invokeIdAndPriority);
            position = _method.Write(buffer, position);
            if (_parameters == null)
            {
                buffer[position] = 0;
                return position + 1 - offset;
            }

            buffer[position] = 1;
            return XdlmsCodec.WriteData(_parameters, buffer, position + 1) - offset;
        }
    }
}
