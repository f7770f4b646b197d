using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The SET service of an association (Green Book ed. 9, 9.3.6): normal, with-list (one result per
    /// attribute, in order) and with block transfer. A value sent in blocks is acknowledged block by
    /// block with Set-Response-Datablock and decoded and written only once its last block is in,
    /// answered with Set-Response-Last-Datablock (-With-List for the list form). A block out of
    /// sequence ends the transfer with data-block-number-invalid, a value above the configured bound
    /// with long-set-aborted, a block without a transfer with no-long-set-in-progress; a joined value
    /// that is not (a list of) A-XDR Data with type-unmatched. Errors of a list transfer are reported
    /// for every attribute of the list.
    /// </summary>
    internal sealed class SetService
    {
        private readonly ObjectAccess _access;
        private readonly AxdrDecoder _data;
        private readonly RequestBlockReceiver _blocks;

        public SetService(ObjectAccess access, AxdrDecoder data, int maxBlockValueSize)
        {
            _access = access;
            _data = data;
            _blocks = new RequestBlockReceiver(maxBlockValueSize);
        }

        /// <summary>Abandons the SET in blocks in progress, if any.</summary>
        public void Abort()
        {
            _blocks.Abort();
        }

        public int Normal(SetRequestNormal request, byte[] output, int offset, int limit)
        {
            DataAccessResult result = _access.Write(request.Attribute, request.Access, request.Value);
            if (!InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority))
            {
                return 0;
            }

            return new SetResponseNormal(request.InvokeIdAndPriority, result).Encode(output, offset, limit);
        }

        public int WithList(SetRequestWithList request, byte[] output, int offset, int limit)
        {
            DataAccessResult[] results = new DataAccessResult[request.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = _access.Write(request.AttributeAt(i), request.AccessAt(i), request.ValueAt(i));
            }

            if (!InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority))
            {
                return 0;
            }

            return new SetResponseWithList(request.InvokeIdAndPriority, results).Encode(output, offset, limit);
        }

        public int FirstBlock(SetRequestWithFirstDataBlock request, byte[] output, int offset, int limit)
        {
            return Take(request, _blocks.Start(request, request.Block), request.InvokeIdAndPriority, request.Block.BlockNumber, output, offset, limit);
        }

        public int FirstBlock(SetRequestWithListAndFirstDataBlock request, byte[] output, int offset, int limit)
        {
            return Take(request, _blocks.Start(request, request.Block), request.InvokeIdAndPriority, request.Block.BlockNumber, output, offset, limit);
        }

        public int NextBlock(SetRequestWithDataBlock request, byte[] output, int offset, int limit)
        {
            object first = _blocks.First;
            if (first == null)
            {
                return new SetResponseLastDataBlock(request.InvokeIdAndPriority, DataAccessResult.NoLongSetInProgress, request.Block.BlockNumber).Encode(output, offset, limit);
            }

            return Take(first, _blocks.Add(request.Block), request.InvokeIdAndPriority, request.Block.BlockNumber, output, offset, limit);
        }

        // The answer to a block of the transfer "first" began: an acknowledgement, the result once the last one is in, or the error that ended it.
        private int Take(object first, DataBlockError error, byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            if (error != DataBlockError.None)
            {
                DataAccessResult refusal = error == DataBlockError.TooLong ? DataAccessResult.LongSetAborted : DataAccessResult.DataBlockNumberInvalid;
                return Finish(first, invokeIdAndPriority, blockNumber, output, offset, limit, refusal, null);
            }

            if (!_blocks.IsComplete)
            {
                return new SetResponseDataBlock(invokeIdAndPriority, blockNumber).Encode(output, offset, limit);
            }

            SetRequestWithFirstDataBlock single = first as SetRequestWithFirstDataBlock;
            if (single != null)
            {
                return Finish(first, invokeIdAndPriority, blockNumber, output, offset, limit, WriteJoined(single), null);
            }

            return Finish(first, invokeIdAndPriority, blockNumber, output, offset, limit, DataAccessResult.Success, WriteJoined((SetRequestWithListAndFirstDataBlock)first));
        }

        // Set-Response-Last-Datablock with result, or -With-List with results (or result for every attribute when results is null).
        private static int Finish(object first, byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit, DataAccessResult result, DataAccessResult[] results)
        {
            SetRequestWithListAndFirstDataBlock list = first as SetRequestWithListAndFirstDataBlock;
            if (list == null)
            {
                return new SetResponseLastDataBlock(invokeIdAndPriority, result, blockNumber).Encode(output, offset, limit);
            }

            return new SetResponseLastDataBlockWithList(invokeIdAndPriority, results == null ? Uniform(list.Count, result) : results, blockNumber).Encode(output, offset, limit);
        }

        private DataAccessResult WriteJoined(SetRequestWithFirstDataBlock request)
        {
            DlmsData value;
            int consumed;
            bool decoded = _data.Decode(_blocks.Buffer, 0, _blocks.Length, out value, out consumed) == AxdrResult.Ok && consumed == _blocks.Length;
            _blocks.Abort();
            return decoded ? _access.Write(request.Attribute, request.Access, value) : DataAccessResult.TypeUnmatched;
        }

        private DataAccessResult[] WriteJoined(SetRequestWithListAndFirstDataBlock request)
        {
            DlmsData[] values;
            XdlmsResult decoded = DataList.Decode(_blocks.Buffer, 0, _blocks.Length, _data, request.Count, out values);
            _blocks.Abort();
            if (decoded != XdlmsResult.Ok)
            {
                return Uniform(request.Count, DataAccessResult.TypeUnmatched);
            }

            DataAccessResult[] results = new DataAccessResult[request.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = _access.Write(request.AttributeAt(i), request.AccessAt(i), values[i]);
            }

            return results;
        }

        private static DataAccessResult[] Uniform(int count, DataAccessResult result)
        {
            DataAccessResult[] results = new DataAccessResult[count];
            for (int i = 0; i < count; i++)
            {
                results[i] = result;
            }

            return results;
        }
    }
}
