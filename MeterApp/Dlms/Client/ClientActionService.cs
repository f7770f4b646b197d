using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// The client's ACTION service (Green Book ed. 9, 9.3.7): normal and with-list. Parameters that
    /// would make the request exceed what the server receives go out in Pblocks
    /// (Action-Request-With-First-Pblock or -With-List-And-First-Pblock, then -With-Pblock); a
    /// response sent in Pblocks (Action-Response-With-Pblock) is asked for block by block with
    /// Action-Request-Next-Pblock and joined by <see cref="DataBlockReassembler"/> within the
    /// client's bound on reassembled values.
    /// </summary>
    internal sealed class ClientActionService
    {
        private readonly ClientServices _services;

        internal ClientActionService(ClientServices services)
        {
            _services = services;
        }

        internal ActionResponseNormal Action(CosemMethodDescriptor method, DlmsData parameters)
        {
            byte invokeId = _services.NextInvokeId();
            byte[] request = _services.Request;
            ActionRequestNormal normal = new ActionRequestNormal(invokeId, method, parameters);
            object response;
            if (parameters == null || normal.Size <= _services.MaxPlainRequestSize)
            {
                response = _services.Call(normal.Encode(request, 0, request.Length), invokeId);
            }
            else
            {
                int empty = new ActionRequestWithFirstPBlock(invokeId, method, ClientBlockRequests.EmptyFirstBlock()).Size;
                DataBlockSplitter blocks = ClientBlockRequests.Split(_services, ClientBlockRequests.Encode(parameters), empty, Conformance.BlockTransferWithAction, "ACTION");
                response = _services.Call(new ActionRequestWithFirstPBlock(invokeId, method, blocks.BlockAt(1)).Encode(request, 0, request.Length), invokeId);
                response = ClientBlockRequests.SendRest(_services, blocks, invokeId, response, false);
            }

            ActionResponseNormal action = response as ActionResponseNormal;
            if (action != null)
            {
                return action;
            }

            DataBlockReassembler joined = ReadBlocks(response, invokeId);
            ActionResponseWithOptionalData single;
            int consumed;
            if (ActionResponseWithOptionalData.Decode(joined.Buffer, 0, joined.Length, _services.Data, out single, out consumed) != XdlmsResult.Ok || consumed != joined.Length)
            {
                throw new DlmsClientException("the response reassembled from " + joined.LastBlockNumber.ToString() + " Pblocks is not one Action-Response-With-Optional-Data");
            }

            return new ActionResponseNormal(invokeId, single);
        }

        internal ActionResponseWithOptionalData[] ActionWithList(CosemMethodDescriptor[] methods, DlmsData[] parameters)
        {
            byte invokeId = _services.NextInvokeId();
            byte[] request = _services.Request;
            ActionRequestWithList list = new ActionRequestWithList(invokeId, methods, parameters);
            object response;
            if (list.Size <= _services.MaxPlainRequestSize)
            {
                response = _services.Call(list.Encode(request, 0, request.Length), invokeId);
            }
            else
            {
                byte[] encoded = new byte[DataList.Size(parameters)];
                DataList.Encode(parameters, encoded, 0, encoded.Length);
                int empty = new ActionRequestWithListAndFirstPBlock(invokeId, methods, ClientBlockRequests.EmptyFirstBlock()).Size;
                DataBlockSplitter blocks = ClientBlockRequests.Split(_services, encoded, empty, Conformance.BlockTransferWithAction | Conformance.MultipleReferences, "ACTION");
                response = _services.Call(new ActionRequestWithListAndFirstPBlock(invokeId, methods, blocks.BlockAt(1)).Encode(request, 0, request.Length), invokeId);
                response = ClientBlockRequests.SendRest(_services, blocks, invokeId, response, false);
            }

            ActionResponseWithList answers = response as ActionResponseWithList;
            if (answers == null)
            {
                ActionResponseNormal aborted = response as ActionResponseNormal;
                if (aborted != null)
                {
                    // The server ended the transfer with one result (e.g. long-action-aborted): it stands for every method.
                    return Uniform(methods.Length, aborted.Response);
                }

                answers = ListFromBlocks(ReadBlocks(response, invokeId), invokeId);
            }

            if (answers.Count != methods.Length)
            {
                throw new DlmsClientException("invoked " + methods.Length.ToString() + " methods, got " + answers.Count.ToString() + " responses");
            }

            ActionResponseWithOptionalData[] results = new ActionResponseWithOptionalData[answers.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = answers.ResponseAt(i);
            }

            return results;
        }

        // Action-Request-Next-Pblock after each Action-Response-With-Pblock until the last one (Green Book ed. 9, 9.3.7).
        private DataBlockReassembler ReadBlocks(object response, byte invokeId)
        {
            ActionResponseWithPBlock block = response as ActionResponseWithPBlock;
            if (block == null)
            {
                throw ClientServices.Unexpected(response, "action-response");
            }

            int max = _services.MaxValueSize;
            DataBlockReassembler joined = new DataBlockReassembler(new byte[max], 0, max);
            while (true)
            {
                DataBlockError error = joined.Add(block.Block);
                if (error == DataBlockError.TooLong)
                {
                    throw new DlmsClientException("the ACTION response exceeds " + max.ToString() + " bytes, the most this client reassembles");
                }

                if (error != DataBlockError.None)
                {
                    throw new DlmsClientException("Pblock " + block.Block.BlockNumber.ToString() + " arrived where block " + (joined.LastBlockNumber + 1).ToString() + " was expected");
                }

                if (joined.IsComplete)
                {
                    return joined;
                }

                byte[] request = _services.Request;
                response = _services.Call(new ActionRequestNextPBlock(invokeId, joined.LastBlockNumber).Encode(request, 0, request.Length), invokeId);
                block = response as ActionResponseWithPBlock;
                if (block == null)
                {
                    ActionResponseNormal aborted = response as ActionResponseNormal;
                    if (aborted != null)
                    {
                        throw new DlmsClientException("the server ended the long ACTION response: " + ResultText.Of(aborted.Result));
                    }

                    throw ClientServices.Unexpected(response, "action-response-with-pblock");
                }
            }
        }

        // A with-list response in Pblocks carries its SEQUENCE OF Action-Response-With-Optional-Data: decoded as the with-list response it would have been.
        private ActionResponseWithList ListFromBlocks(DataBlockReassembler joined, byte invokeId)
        {
            byte[] apdu = new byte[3 + joined.Length];
            apdu[0] = XdlmsTag.ActionResponse;
            apdu[1] = XdlmsTag.ActionResponseWithList;
            apdu[2] = invokeId;
            System.Array.Copy(joined.Buffer, 0, apdu, 3, joined.Length);
            ActionResponseWithList list;
            if (ActionResponseWithList.Decode(apdu, 0, apdu.Length, _services.Data, out list) != XdlmsResult.Ok)
            {
                throw new DlmsClientException("the responses reassembled from " + joined.LastBlockNumber.ToString() + " Pblocks are not a list of Action-Response-With-Optional-Data");
            }

            return list;
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
