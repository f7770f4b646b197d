using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// An ACTION response sent in Action-Response-With-Pblock blocks (Green Book ed. 9, 9.3.7 "ACTION
    /// service with block transfer"): the raw data is the encoded Action-Response-With-Optional-Data
    /// (or, for a with-list request, the SEQUENCE OF them); the client asks for the next block with
    /// Action-Request-Next-Pblock. A request without a transfer gets no-long-action-in-progress, a
    /// wrong number long-action-aborted (Action-Response-Normal).
    /// </summary>
    internal sealed class ActionBlockSender : ResponseBlockSender
    {
        /// <summary>Bytes of Action-Response-With-Pblock around its raw data: C7 02 id, last, number (4), length (up to 3).</summary>
        public const int BlockOverhead = 3 + 1 + 4 + 3;

        /// <summary>A sender for encoded responses of at most <paramref name="maxLength"/> bytes.</summary>
        public ActionBlockSender(int maxLength)
            : base(maxLength, BlockOverhead)
        {
        }

        /// <summary>Takes the encoding of one response; false when it exceeds the configured maximum.</summary>
        public bool Start(ActionResponseWithOptionalData response)
        {
            int size = response.Size;
            byte[] data = Reserve(size);
            return data != null && Begin(response.Encode(data, 0, size));
        }

        /// <summary>Takes the encoding of a with-list result (count, then each response); false when too large.</summary>
        public bool Start(ActionResponseWithOptionalData[] responses)
        {
            int size = AxdrLength.Size(responses.Length);
            for (int i = 0; i < responses.Length; i++)
            {
                size += responses[i].Size;
            }

            byte[] data = Reserve(size);
            if (data == null)
            {
                return false;
            }

            int position = AxdrLength.Write(data, 0, size, responses.Length);
            for (int i = 0; i < responses.Length; i++)
            {
                position += responses[i].Encode(data, position, size - position);
            }

            return Begin(position);
        }

        /// <summary>Answers Action-Request-Next-Pblock.</summary>
        public int Next(ActionRequestNextPBlock request, byte[] output, int offset, int limit)
        {
            return Next(request.InvokeIdAndPriority, request.BlockNumber, output, offset, limit);
        }

        protected override int EncodeBlock(byte invokeIdAndPriority, bool last, uint blockNumber, byte[] data, int start, int size, byte[] output, int offset, int limit)
        {
            return new ActionResponseWithPBlock(invokeIdAndPriority, new DataBlockSa(last, blockNumber, data, start, size)).Encode(output, offset, limit);
        }

        protected override int EncodeNoTransfer(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            return new ActionResponseNormal(invokeIdAndPriority, ActionResult.NoLongActionInProgress, null).Encode(output, offset, limit);
        }

        protected override int EncodeWrongBlock(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            return new ActionResponseNormal(invokeIdAndPriority, ActionResult.LongActionAborted, null).Encode(output, offset, limit);
        }
    }
}
