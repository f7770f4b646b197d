using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-With-List (Green Book ed. 9, 9.5): C3 03, invoke-id-and-priority,
    /// cosem-method-descriptor-list SEQUENCE OF Cosem-Method-Descriptor, method-invocation-parameters
    /// SEQUENCE OF Data (one per method, not OPTIONAL here: a different count is Malformed). Counts are
    /// bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public sealed class ActionRequestWithList : MethodListApdu
    {
        private readonly DlmsData[] _parameters;

        /// <summary>A request invoking <paramref name="methods"/> with <paramref name="parameters"/> (same length; copied).</summary>
        public ActionRequestWithList(byte invokeIdAndPriority, CosemMethodDescriptor[] methods, DlmsData[] parameters)
            : base(XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithList, invokeIdAndPriority, methods)
        {
            _parameters = DataList.Copy(parameters, Count, "parameters");
        }

        /// <summary>The invocation parameters of method <paramref name="index"/>.</summary>
        public DlmsData ParametersAt(int index)
        {
            return _parameters[index];
        }

        internal override int BodySize
        {
            get { return ListSize + DataList.Size(_parameters); }
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

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = WriteList(buffer, position);
            return DataList.Write(_parameters, buffer, position);
        }
    }
}
