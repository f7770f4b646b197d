namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// What <see cref="XdlmsApduDecoder"/> made of one APDU: the result, the decoded APDU on success,
    /// and as much of the header as could be read on failure (so the server can still address its
    /// error response, see <see cref="XdlmsErrorResponse"/>). Immutable.
    /// </summary>
    public sealed class XdlmsParseResult
    {
        private readonly XdlmsResult _result;
        private readonly object _apdu;
        private readonly int _tag;
        private readonly int _choice;
        private readonly int _invokeIdAndPriority;

        internal XdlmsParseResult(XdlmsResult result, object apdu, int tag, int choice, int invokeIdAndPriority)
        {
            _result = result;
            _apdu = result == XdlmsResult.Ok ? apdu : null;
            _tag = tag;
            _choice = choice;
            _invokeIdAndPriority = invokeIdAndPriority;
        }

        /// <summary>Ok, or why the APDU was rejected.</summary>
        public XdlmsResult Result
        {
            get { return _result; }
        }

        /// <summary>True when <see cref="Apdu"/> holds the decoded APDU.</summary>
        public bool IsOk
        {
            get { return _result == XdlmsResult.Ok; }
        }

        /// <summary>
        /// The decoded APDU or null on failure: one of the GET, SET and ACTION request and response types
        /// (GetRequestNormal ... ActionResponseNextPBlock, one type per CHOICE alternative), ExceptionResponse,
        /// DataNotification, EventNotificationRequest or GeneralBlockTransfer.
        /// </summary>
        public object Apdu
        {
            get { return _apdu; }
        }

        /// <summary>The first byte, or -1 for empty input.</summary>
        public int Tag
        {
            get { return _tag; }
        }

        /// <summary>The request/response type byte of GET/SET/ACTION APDUs, or -1 when absent or not applicable.</summary>
        public int Choice
        {
            get { return _choice; }
        }

        /// <summary>True when the invoke-id-and-priority octet of a GET/SET/ACTION APDU was present.</summary>
        public bool HasInvokeId
        {
            get { return _invokeIdAndPriority >= 0; }
        }

        /// <summary>The invoke-id-and-priority octet (valid when <see cref="HasInvokeId"/>).</summary>
        public byte InvokeIdAndPriority
        {
            get { return (byte)_invokeIdAndPriority; }
        }
    }
}
