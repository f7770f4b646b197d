using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The ACTION service of an association (Green Book ed. 9, 9.3.7): normal, with-list (one
    /// response per method, in order) and with block transfer both ways. Parameters sent in
    /// Pblocks are acknowledged with Action-Response-Next-Pblock and decoded only once the last
    /// block is in; the methods then run and are answered normally. A block out of sequence or a
    /// parameter set above the configured bound ends the transfer with long-action-aborted, a block
    /// without a transfer gets no-long-action-in-progress, joined bytes that are not (a list of)
    /// A-XDR Data type-unmatched. A response too long for one APDU goes out in Pblocks
    /// (<see cref="ActionBlockSender"/>) when block transfer with ACTION was negotiated; otherwise
    /// (or beyond the bound) the method's result stays and its return parameters become other-reason.
    /// </summary>
    internal sealed class ActionService
    {
        private readonly AssociationState _state;
        private readonly ObjectAccess _access;
        private readonly AxdrDecoder _data;
        private readonly RequestBlockReceiver _blocks;
        private readonly ActionBlockSender _sender;

        public ActionService(AssociationState state, ObjectAccess access, AxdrDecoder data, int maxBlockParametersSize, int maxLongResponseSize)
        {
            _state = state;
            _access = access;
            _data = data;
            _blocks = new RequestBlockReceiver(maxBlockParametersSize);
            _sender = new ActionBlockSender(maxLongResponseSize);
        }

        /// <summary>Abandons the transfers in progress (parameters coming in, response going out), if any.</summary>
        public void Abort()
        {
            _blocks.Abort();
            _sender.Abort();
        }

        /// <summary>Abandons the parameters coming in, if any.</summary>
        public void AbortParameters()
        {
            _blocks.Abort();
        }

        /// <summary>Abandons the response going out, if any.</summary>
        public void AbortResponse()
        {
            _sender.Abort();
        }

        public int Normal(ActionRequestNormal request, byte[] output, int offset, int limit)
        {
            ActionResponseWithOptionalData response = Invoke(request.Method, request.Parameters);
            if (!InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority))
            {
                return 0;
            }

            return Answer(request.InvokeIdAndPriority, response, output, offset, limit);
        }

        public int WithList(ActionRequestWithList request, byte[] output, int offset, int limit)
        {
            ActionResponseWithOptionalData[] responses = new ActionResponseWithOptionalData[request.Count];
            for (int i = 0; i < responses.Length; i++)
            {
                responses[i] = Invoke(request.MethodAt(i), request.ParametersAt(i));
            }

            if (!InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority))
            {
                return 0;
            }

            return Answer(request.InvokeIdAndPriority, responses, output, offset, limit);
        }

        public int FirstBlock(ActionRequestWithFirstPBlock request, byte[] output, int offset, int limit)
        {
            return Take(request, _blocks.Start(request, request.Block), request.InvokeIdAndPriority, request.Block.BlockNumber, output, offset, limit);
        }

        public int FirstBlock(ActionRequestWithListAndFirstPBlock request, byte[] output, int offset, int limit)
        {
            return Take(request, _blocks.Start(request, request.Block), request.InvokeIdAndPriority, request.Block.BlockNumber, output, offset, limit);
        }

        public int NextBlock(ActionRequestWithPBlock request, byte[] output, int offset, int limit)
        {
            object first = _blocks.First;
            if (first == null)
            {
                return new ActionResponseNormal(request.InvokeIdAndPriority, ActionResult.NoLongActionInProgress, null).Encode(output, offset, limit);
            }

            return Take(first, _blocks.Add(request.Block), request.InvokeIdAndPriority, request.Block.BlockNumber, output, offset, limit);
        }

        public int NextResponseBlock(ActionRequestNextPBlock request, byte[] output, int offset, int limit)
        {
            return _sender.Next(request, output, offset, limit);
        }

        // The answer to a parameter block of the transfer "first" began: an acknowledgement, the methods' responses once the last one is in, or the error that ended it.
        private int Take(object first, DataBlockError error, byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            ActionRequestWithListAndFirstPBlock list = first as ActionRequestWithListAndFirstPBlock;
            if (error != DataBlockError.None)
            {
                ActionResponseWithOptionalData aborted = new ActionResponseWithOptionalData(ActionResult.LongActionAborted, null);
                return list == null
                    ? new ActionResponseNormal(invokeIdAndPriority, aborted).Encode(output, offset, limit)
                    : new ActionResponseWithList(invokeIdAndPriority, Uniform(list.Count, aborted)).Encode(output, offset, limit);
            }

            if (!_blocks.IsComplete)
            {
                return new ActionResponseNextPBlock(invokeIdAndPriority, blockNumber).Encode(output, offset, limit);
            }

            if (list == null)
            {
                return Answer(invokeIdAndPriority, InvokeJoined((ActionRequestWithFirstPBlock)first), output, offset, limit);
            }

            return Answer(invokeIdAndPriority, InvokeJoined(list), output, offset, limit);
        }

        private ActionResponseWithOptionalData InvokeJoined(ActionRequestWithFirstPBlock request)
        {
            DlmsData parameters;
            int consumed;
            bool decoded = _data.Decode(_blocks.Buffer, 0, _blocks.Length, out parameters, out consumed) == AxdrResult.Ok && consumed == _blocks.Length;
            _blocks.Abort();
            return decoded ? Invoke(request.Method, parameters) : new ActionResponseWithOptionalData(ActionResult.TypeUnmatched, null);
        }

        private ActionResponseWithOptionalData[] InvokeJoined(ActionRequestWithListAndFirstPBlock request)
        {
            DlmsData[] parameters;
            XdlmsResult decoded = DataList.Decode(_blocks.Buffer, 0, _blocks.Length, _data, request.Count, out parameters);
            _blocks.Abort();
            if (decoded != XdlmsResult.Ok)
            {
                return Uniform(request.Count, new ActionResponseWithOptionalData(ActionResult.TypeUnmatched, null));
            }

            ActionResponseWithOptionalData[] responses = new ActionResponseWithOptionalData[request.Count];
            for (int i = 0; i < responses.Length; i++)
            {
                responses[i] = Invoke(request.MethodAt(i), parameters[i]);
            }

            return responses;
        }

        private ActionResponseWithOptionalData Invoke(CosemMethodDescriptor method, DlmsData parameters)
        {
            DlmsData returned;
            ActionResult result = _access.Invoke(method, parameters, out returned);
            return new ActionResponseWithOptionalData(result, returned == null ? null : GetDataResult.FromData(returned));
        }

        private int Answer(byte invokeIdAndPriority, ActionResponseWithOptionalData response, byte[] output, int offset, int limit)
        {
            ActionResponseNormal normal = new ActionResponseNormal(invokeIdAndPriority, response);
            if (normal.Size <= limit)
            {
                return normal.Encode(output, offset, limit);
            }

            if (BlocksNegotiated() && _sender.Start(response))
            {
                return _sender.FirstBlock(invokeIdAndPriority, output, offset, limit);
            }

            // The method ran; its return parameters cannot be sent.
            return new ActionResponseNormal(invokeIdAndPriority, response.Result, GetDataResult.FromError(DataAccessResult.OtherReason)).Encode(output, offset, limit);
        }

        private int Answer(byte invokeIdAndPriority, ActionResponseWithOptionalData[] responses, byte[] output, int offset, int limit)
        {
            ActionResponseWithList list = new ActionResponseWithList(invokeIdAndPriority, responses);
            if (list.Size <= limit)
            {
                return list.Encode(output, offset, limit);
            }

            if (BlocksNegotiated() && _sender.Start(responses))
            {
                return _sender.FirstBlock(invokeIdAndPriority, output, offset, limit);
            }

            ActionResponseWithOptionalData[] results = new ActionResponseWithOptionalData[responses.Length];
            for (int i = 0; i < results.Length; i++)
            {
                GetDataResult returned = responses[i].ReturnParameters == null ? null : GetDataResult.FromError(DataAccessResult.OtherReason);
                results[i] = new ActionResponseWithOptionalData(responses[i].Result, returned);
            }

            return new ActionResponseWithList(invokeIdAndPriority, results).Encode(output, offset, limit);
        }

        private bool BlocksNegotiated()
        {
            return (_state.Conformance & Conformance.BlockTransferWithAction) != 0;
        }

        private static ActionResponseWithOptionalData[] Uniform(int count, ActionResponseWithOptionalData response)
        {
            ActionResponseWithOptionalData[] responses = new ActionResponseWithOptionalData[count];
            for (int i = 0; i < count; i++)
            {
                responses[i] = response;
            }

            return responses;
        }
    }
}
