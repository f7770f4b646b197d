using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// The client's SET service (Green Book ed. 9, 9.3.6): normal and with-list, each sent in data
    /// blocks (Set-Request-With-First-Datablock or -With-List-And-First-Datablock, then
    /// Set-Request-With-Datablock) when the request would exceed what the server receives.
    /// </summary>
    internal sealed class ClientSetService
    {
        private readonly ClientServices _services;

        internal ClientSetService(ClientServices services)
        {
            _services = services;
        }

        internal DataAccessResult Set(CosemAttributeDescriptor attribute, DlmsData value)
        {
            byte invokeId = _services.NextInvokeId();
            byte[] request = _services.Request;
            SetRequestNormal normal = new SetRequestNormal(invokeId, attribute, null, value);
            object response;
            if (normal.Size <= _services.MaxPlainRequestSize)
            {
                response = _services.Call(normal.Encode(request, 0, request.Length), invokeId);
                SetResponseNormal set = response as SetResponseNormal;
                if (set == null)
                {
                    throw ClientServices.Unexpected(response, "set-response");
                }

                return set.Result;
            }

            int empty = new SetRequestWithFirstDataBlock(invokeId, attribute, null, ClientBlockRequests.EmptyFirstBlock()).Size;
            DataBlockSplitter blocks = ClientBlockRequests.Split(_services, ClientBlockRequests.Encode(value), empty, Conformance.BlockTransferWithSetOrWrite, "SET");
            response = _services.Call(new SetRequestWithFirstDataBlock(invokeId, attribute, null, blocks.BlockAt(1)).Encode(request, 0, request.Length), invokeId);
            response = ClientBlockRequests.SendRest(_services, blocks, invokeId, response, true);
            SetResponseLastDataBlock last = response as SetResponseLastDataBlock;
            if (last == null)
            {
                throw ClientServices.Unexpected(response, "set-response-last-datablock");
            }

            return last.Result;
        }

        internal DataAccessResult[] SetWithList(CosemAttributeDescriptor[] attributes, DlmsData[] values)
        {
            byte invokeId = _services.NextInvokeId();
            byte[] request = _services.Request;
            SetRequestWithList list = new SetRequestWithList(invokeId, attributes, null, values);
            object response;
            if (list.Size <= _services.MaxPlainRequestSize)
            {
                response = _services.Call(list.Encode(request, 0, request.Length), invokeId);
            }
            else
            {
                byte[] encoded = new byte[DataList.Size(values)];
                DataList.Encode(values, encoded, 0, encoded.Length);
                int empty = new SetRequestWithListAndFirstDataBlock(invokeId, attributes, null, ClientBlockRequests.EmptyFirstBlock()).Size;
                DataBlockSplitter blocks = ClientBlockRequests.Split(_services, encoded, empty, Conformance.BlockTransferWithSetOrWrite | Conformance.MultipleReferences, "SET");
                response = _services.Call(new SetRequestWithListAndFirstDataBlock(invokeId, attributes, null, blocks.BlockAt(1)).Encode(request, 0, request.Length), invokeId);
                response = ClientBlockRequests.SendRest(_services, blocks, invokeId, response, true);
            }

            return ResultsOf(response, attributes.Length);
        }

        // Set-Response-With-List, Set-Response-Last-Datablock-With-List, or a Set-Response-Last-Datablock that ended the transfer for all.
        private static DataAccessResult[] ResultsOf(object response, int count)
        {
            DataAccessResult[] results = new DataAccessResult[count];
            SetResponseLastDataBlock aborted = response as SetResponseLastDataBlock;
            if (aborted != null)
            {
                for (int i = 0; i < count; i++)
                {
                    results[i] = aborted.Result;
                }

                return results;
            }

            SetResponseWithList list = response as SetResponseWithList;
            SetResponseLastDataBlockWithList lastList = response as SetResponseLastDataBlockWithList;
            if (list == null && lastList == null)
            {
                throw ClientServices.Unexpected(response, "set-response-with-list");
            }

            int received = list != null ? list.Count : lastList.Count;
            if (received != count)
            {
                throw new DlmsClientException("wrote " + count.ToString() + " attributes, got " + received.ToString() + " results");
            }

            for (int i = 0; i < count; i++)
            {
                results[i] = list != null ? list.ResultAt(i) : lastList.ResultAt(i);
            }

            return results;
        }
    }
}
