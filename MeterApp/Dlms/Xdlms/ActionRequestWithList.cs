using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-With-List (Green Book ed. 9, 9.5): C3 03, invoke-id-and-priority,
    /// cosem-method-descriptor-list SEQUENCE OF Cosem-Method-Descriptor, method-invocation-parameters
    /// SEQUENCE OF Data (one per method, not OPTIONAL here: a different count is Malformed). Counts are
    /// bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class ActionRequestWithList
    {
        private readonly byte _invokeIdAndPriority;
        private readonly CosemMethodDescriptor[] _methods;
        private readonly DlmsData[] _parameters;

        /// <summary>A request invoking <paramref name="methods"/> with <paramref name="parameters"/> (same length; copied).</summary>
        public ActionRequestWithList(byte invokeIdAndPriority, CosemMethodDescriptor[] methods, DlmsData[] parameters)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
            _methods = MethodDescriptorList.Copy(methods);
            _parameters = DataList.Copy(parameters, _methods.Length, "parameters");
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The number of methods invoked.</summary>
        public int Count
        {
            get { return _methods.Length; }
        }

        /// <summary>Method <paramref name="index"/> of the list.</summary>
        public CosemMethodDescriptor MethodAt(int index)
        {
            return _methods[index];
        }

        /// <summary>The invocation parameters of method <paramref name="index"/>.</summary>
        public DlmsData ParametersAt(int index)
        {
            return _parameters[index];
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + MethodDescriptorList.Size(_methods) + DataList.Size(_parameters); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out ActionRequestWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithList);
            CosemMethodDescriptor[] methods = reader.Methods();
            DlmsData[] parameters = reader.Values(decoder, methods.Length);
            apdu = reader.Finish() ? new ActionRequestWithList(invokeIdAndPriority, methods, parameters) : null;
            return reader.Result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithList, _invokeIdAndPriority);
            position = MethodDescriptorList.Write(_methods, buffer, position);
            return DataList.Write(_parameters, buffer, position) - offset;
        }
    }
}
