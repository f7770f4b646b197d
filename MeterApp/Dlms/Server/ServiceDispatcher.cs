using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Serves one plain xDLMS request of an established association (Green Book ed. 9, 9.3.5-9.3.7):
    /// decodes it, checks the service was negotiated, runs it through <see cref="ObjectAccess"/>
    /// and writes the response within the size the client can receive. A request that does not
    /// decode gets <see cref="XdlmsErrorResponse"/>; a service outside the negotiated conformance an
    /// ExceptionResponse service-not-supported. Unconfirmed SET and ACTION are served without an
    /// answer. New request types (SET/ACTION with blocks or lists) are one more case in <see cref="Serve"/>.
    /// </summary>
    internal sealed class ServiceDispatcher
    {
        private readonly AssociationState _state;
        private readonly ObjectAccess _access;
        private readonly GetBlockSender _blocks;
        private readonly XdlmsApduDecoder _decoder;
        private readonly DlmsServerStatistics _statistics;

        public ServiceDispatcher(AssociationState state, ObjectAccess access, GetBlockSender blocks, XdlmsApduDecoder decoder, DlmsServerStatistics statistics)
        {
            _state = state;
            _access = access;
            _blocks = blocks;
            _decoder = decoder;
            _statistics = statistics;
        }

        /// <summary>
        /// Serves request[offset .. offset + count) and writes the answer into
        /// output[outputOffset .. outputOffset + limit); returns its length (0: no answer).
        /// </summary>
        public int Serve(byte[] request, int offset, int count, byte[] output, int outputOffset, int limit)
        {
            XdlmsParseResult parse = _decoder.Decode(request, offset, count);
            if (!parse.IsOk)
            {
                _statistics.CountRefused();
                return XdlmsErrorResponse.Encode(parse, output, outputOffset, limit);
            }

            object apdu = parse.Apdu;
            GetRequestNormal get = apdu as GetRequestNormal;
            if (get != null)
            {
                return Negotiated(Conformance.Get) ? GetNormal(get, output, outputOffset, limit) : Unsupported(output, outputOffset, limit);
            }

            GetRequestNext next = apdu as GetRequestNext;
            if (next != null)
            {
                return Negotiated(Conformance.BlockTransferWithGetOrRead) ? _blocks.Next(next, output, outputOffset, limit) : Unsupported(output, outputOffset, limit);
            }

            GetRequestWithList list = apdu as GetRequestWithList;
            if (list != null)
            {
                return Negotiated(Conformance.Get | Conformance.MultipleReferences) ? GetWithList(list, output, outputOffset, limit) : Unsupported(output, outputOffset, limit);
            }

            SetRequestNormal set = apdu as SetRequestNormal;
            if (set != null)
            {
                return Negotiated(Conformance.Set) ? SetNormal(set, output, outputOffset, limit) : Unsupported(output, outputOffset, limit);
            }

            ActionRequestNormal action = apdu as ActionRequestNormal;
            if (action != null)
            {
                return Negotiated(Conformance.Action) ? ActionNormal(action, output, outputOffset, limit) : Unsupported(output, outputOffset, limit);
            }

            // Responses, notifications and general-block-transfer are not requests this server serves.
            return Unsupported(output, outputOffset, limit);
        }

        private int GetNormal(GetRequestNormal request, byte[] output, int offset, int limit)
        {
            _blocks.Abort();
            DlmsData value;
            DataAccessResult result = _access.Read(request.Attribute, request.Access, out value);
            if (result != DataAccessResult.Success)
            {
                return new GetResponseNormal(request.InvokeIdAndPriority, GetDataResult.FromError(result)).Encode(output, offset, limit);
            }

            GetResponseNormal response = new GetResponseNormal(request.InvokeIdAndPriority, GetDataResult.FromData(value));
            if (response.Size <= limit)
            {
                return response.Encode(output, offset, limit);
            }

            if (Negotiated(Conformance.BlockTransferWithGetOrRead) && _blocks.Start(value))
            {
                return _blocks.FirstBlock(request.InvokeIdAndPriority, output, offset, limit);
            }

            return new GetResponseNormal(request.InvokeIdAndPriority, GetDataResult.FromError(DataAccessResult.OtherReason)).Encode(output, offset, limit);
        }

        private int GetWithList(GetRequestWithList request, byte[] output, int offset, int limit)
        {
            _blocks.Abort();
            GetDataResult[] results = new GetDataResult[request.Count];
            for (int i = 0; i < results.Length; i++)
            {
                DlmsData value;
                DataAccessResult result = _access.Read(request.AttributeAt(i), request.AccessAt(i), out value);
                results[i] = result == DataAccessResult.Success ? GetDataResult.FromData(value) : GetDataResult.FromError(result);
            }

            GetResponseWithList response = new GetResponseWithList(request.InvokeIdAndPriority, results);
            if (response.Size <= limit)
            {
                return response.Encode(output, offset, limit);
            }

            if (Negotiated(Conformance.BlockTransferWithGetOrRead) && _blocks.Start(results))
            {
                return _blocks.FirstBlock(request.InvokeIdAndPriority, output, offset, limit);
            }

            return Refuse(ExceptionServiceError.PduTooLong, output, offset, limit);
        }

        private int SetNormal(SetRequestNormal request, byte[] output, int offset, int limit)
        {
            DataAccessResult result = _access.Write(request.Attribute, request.Access, request.Value);
            if (!InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority))
            {
                return 0;
            }

            return new SetResponseNormal(request.InvokeIdAndPriority, result).Encode(output, offset, limit);
        }

        private int ActionNormal(ActionRequestNormal request, byte[] output, int offset, int limit)
        {
            DlmsData returned;
            ActionResult result = _access.Invoke(request.Method, request.Parameters, out returned);
            if (!InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority))
            {
                return 0;
            }

            ActionResponseNormal response = new ActionResponseNormal(request.InvokeIdAndPriority, result, returned == null ? null : GetDataResult.FromData(returned));
            if (response.Size > limit)
            {
                // The method ran; its return parameters do not fit a normal response (ACTION with blocks is not served here).
                response = new ActionResponseNormal(request.InvokeIdAndPriority, result, GetDataResult.FromError(DataAccessResult.OtherReason));
            }

            return response.Encode(output, offset, limit);
        }

        private bool Negotiated(Conformance services)
        {
            return (_state.Conformance & services) == services;
        }

        private int Unsupported(byte[] output, int offset, int limit)
        {
            return Refuse(ExceptionServiceError.ServiceNotSupported, output, offset, limit);
        }

        private int Refuse(ExceptionServiceError error, byte[] output, int offset, int limit)
        {
            _statistics.CountRefused();
            return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, error, 0).Encode(output, offset, limit);
        }
    }
}
