using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Serves one plain xDLMS request of an established association (Green Book ed. 9, 9.3.5-9.3.7):
    /// decodes it, checks the service was negotiated, runs it through <see cref="ObjectAccess"/>
    /// (GET here, SET in <see cref="SetService"/>, ACTION in <see cref="ActionService"/>) and writes
    /// the response within the size the client can receive. A request that does not decode gets
    /// <see cref="XdlmsErrorResponse"/>; a service outside the negotiated conformance (with-list
    /// forms need multiple-references, block forms the block transfer bit of their service) an
    /// ExceptionResponse service-not-supported. Unconfirmed SET and ACTION are served without an
    /// answer. Every request but the next step of a block transfer abandons that transfer.
    /// </summary>
    internal sealed class ServiceDispatcher
    {
        private readonly AssociationState _state;
        private readonly ObjectAccess _access;
        private readonly GetBlockSender _blocks;
        private readonly SetService _set;
        private readonly ActionService _action;
        private readonly XdlmsApduDecoder _decoder;
        private readonly DlmsServerStatistics _statistics;

        public ServiceDispatcher(AssociationState state, ObjectAccess access, DlmsServerSettings settings, DlmsServerStatistics statistics)
        {
            AxdrDecoder data = new AxdrDecoder();
            _state = state;
            _access = access;
            _blocks = new GetBlockSender(settings.MaxLongGetSize);
            _set = new SetService(access, data, settings.MaxBlockRequestSize);
            _action = new ActionService(state, access, data, settings.MaxBlockRequestSize, settings.MaxLongGetSize);
            _decoder = new XdlmsApduDecoder(data);
            _statistics = statistics;
        }

        /// <summary>Abandons every block transfer in progress (GET, SET, ACTION).</summary>
        public void Abort()
        {
            _blocks.Abort();
            _set.Abort();
            _action.Abort();
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
            AbandonTransfersOtherThan(apdu);
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

            if (parse.Tag == XdlmsTag.SetRequest)
            {
                return ServeSet(apdu, output, outputOffset, limit);
            }

            if (parse.Tag == XdlmsTag.ActionRequest)
            {
                return ServeAction(apdu, output, outputOffset, limit);
            }

            // Responses, notifications and general-block-transfer are not requests this server serves.
            return Unsupported(output, outputOffset, limit);
        }

        private int ServeSet(object apdu, byte[] output, int offset, int limit)
        {
            const Conformance Blocks = Conformance.Set | Conformance.BlockTransferWithSetOrWrite;
            SetRequestNormal normal = apdu as SetRequestNormal;
            if (normal != null)
            {
                return Negotiated(Conformance.Set) ? _set.Normal(normal, output, offset, limit) : Unsupported(output, offset, limit);
            }

            SetRequestWithList list = apdu as SetRequestWithList;
            if (list != null)
            {
                return Negotiated(Conformance.Set | Conformance.MultipleReferences) ? _set.WithList(list, output, offset, limit) : Unsupported(output, offset, limit);
            }

            SetRequestWithFirstDataBlock first = apdu as SetRequestWithFirstDataBlock;
            if (first != null)
            {
                return Negotiated(Blocks) ? _set.FirstBlock(first, output, offset, limit) : Unsupported(output, offset, limit);
            }

            SetRequestWithDataBlock block = apdu as SetRequestWithDataBlock;
            if (block != null)
            {
                return Negotiated(Blocks) ? _set.NextBlock(block, output, offset, limit) : Unsupported(output, offset, limit);
            }

            SetRequestWithListAndFirstDataBlock listFirst = (SetRequestWithListAndFirstDataBlock)apdu;
            return Negotiated(Blocks | Conformance.MultipleReferences) ? _set.FirstBlock(listFirst, output, offset, limit) : Unsupported(output, offset, limit);
        }

        private int ServeAction(object apdu, byte[] output, int offset, int limit)
        {
            const Conformance Blocks = Conformance.Action | Conformance.BlockTransferWithAction;
            ActionRequestNormal normal = apdu as ActionRequestNormal;
            if (normal != null)
            {
                return Negotiated(Conformance.Action) ? _action.Normal(normal, output, offset, limit) : Unsupported(output, offset, limit);
            }

            ActionRequestWithList list = apdu as ActionRequestWithList;
            if (list != null)
            {
                return Negotiated(Conformance.Action | Conformance.MultipleReferences) ? _action.WithList(list, output, offset, limit) : Unsupported(output, offset, limit);
            }

            ActionRequestWithFirstPBlock first = apdu as ActionRequestWithFirstPBlock;
            if (first != null)
            {
                return Negotiated(Blocks) ? _action.FirstBlock(first, output, offset, limit) : Unsupported(output, offset, limit);
            }

            ActionRequestWithPBlock block = apdu as ActionRequestWithPBlock;
            if (block != null)
            {
                return Negotiated(Blocks) ? _action.NextBlock(block, output, offset, limit) : Unsupported(output, offset, limit);
            }

            ActionRequestNextPBlock next = apdu as ActionRequestNextPBlock;
            if (next != null)
            {
                return Negotiated(Blocks) ? _action.NextResponseBlock(next, output, offset, limit) : Unsupported(output, offset, limit);
            }

            ActionRequestWithListAndFirstPBlock listFirst = (ActionRequestWithListAndFirstPBlock)apdu;
            return Negotiated(Blocks | Conformance.MultipleReferences) ? _action.FirstBlock(listFirst, output, offset, limit) : Unsupported(output, offset, limit);
        }

        // One block transfer at a time (Green Book ed. 9, 9.3 block transfer): any other request abandons the one in progress.
        private void AbandonTransfersOtherThan(object apdu)
        {
            if (!(apdu is GetRequestNext))
            {
                _blocks.Abort();
            }

            if (!(apdu is SetRequestWithDataBlock))
            {
                _set.Abort();
            }

            if (!(apdu is ActionRequestWithPBlock))
            {
                _action.AbortParameters();
            }

            if (!(apdu is ActionRequestNextPBlock))
            {
                _action.AbortResponse();
            }
        }

        private int GetNormal(GetRequestNormal request, byte[] output, int offset, int limit)
        {
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
