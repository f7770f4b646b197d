using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// An ACTION response too long for one APDU, sent in Action-Response-With-Pblock blocks (Green
    /// Book ed. 9, 9.3.7 "ACTION service with block transfer"): the raw data is the encoded
    /// Action-Response-With-Optional-Data (or, for a with-list request, the SEQUENCE OF them), cut
    /// into blocks numbered from 1 and sized to what the client can receive; the client asks for the
    /// next block with Action-Request-Next-Pblock carrying the number of the block it got. A number
    /// other than the last block sent ends the transfer with long-action-aborted; a request without a
    /// transfer gets no-long-action-in-progress. One transfer at a time; a new request abandons it.
    /// </summary>
    internal sealed class ActionBlockSender
    {
        /// <summary>Bytes of Action-Response-With-Pblock around its raw data: C7 02 id, last, number (4), length (up to 3).</summary>
        public const int BlockOverhead = 3 + 1 + 4 + 3;

        private readonly int _maxLength;
        private byte[] _data;
        private int _length;
        private int _sent;
        private uint _lastBlock;
        private bool _active;

        /// <summary>A sender for encoded responses of at most <paramref name="maxLength"/> bytes (its buffer grows to the longest seen).</summary>
        public ActionBlockSender(int maxLength)
        {
            _maxLength = maxLength;
        }

        /// <summary>Abandons the transfer in progress, if any.</summary>
        public void Abort()
        {
            _active = false;
            _length = 0;
            _sent = 0;
            _lastBlock = 0;
        }

        /// <summary>Takes the encoding of one response; false when it exceeds the configured maximum.</summary>
        public bool Start(ActionResponseWithOptionalData response)
        {
            Abort();
            int size = response.Size;
            if (!Reserve(size))
            {
                return false;
            }

            _length = response.Encode(_data, 0, size);
            _active = true;
            return true;
        }

        /// <summary>Takes the encoding of a with-list result (count, then each response); false when too large.</summary>
        public bool Start(ActionResponseWithOptionalData[] responses)
        {
            Abort();
            int size = AxdrLength.Size(responses.Length);
            for (int i = 0; i < responses.Length; i++)
            {
                size += responses[i].Size;
            }

            if (!Reserve(size))
            {
                return false;
            }

            int position = AxdrLength.Write(_data, 0, size, responses.Length);
            for (int i = 0; i < responses.Length; i++)
            {
                position += responses[i].Encode(_data, position, size - position);
            }

            _length = position;
            _active = true;
            return true;
        }

        /// <summary>Writes the first block (after a Start) into output; returns its length.</summary>
        public int FirstBlock(byte invokeIdAndPriority, byte[] output, int offset, int limit)
        {
            return WriteNext(invokeIdAndPriority, output, offset, limit);
        }

        /// <summary>Answers Action-Request-Next-Pblock with the following block, or ends the transfer with an Action-Response-Normal error.</summary>
        public int Next(ActionRequestNextPBlock request, byte[] output, int offset, int limit)
        {
            if (!_active)
            {
                return new ActionResponseNormal(request.InvokeIdAndPriority, ActionResult.NoLongActionInProgress, null).Encode(output, offset, limit);
            }

            if (request.BlockNumber != _lastBlock)
            {
                Abort();
                return new ActionResponseNormal(request.InvokeIdAndPriority, ActionResult.LongActionAborted, null).Encode(output, offset, limit);
            }

            return WriteNext(request.InvokeIdAndPriority, output, offset, limit);
        }

        private int WriteNext(byte invokeIdAndPriority, byte[] output, int offset, int limit)
        {
            int room = limit - BlockOverhead;
            if (room < 1)
            {
                Abort();
                return AxdrEncoder.DoesNotFit;
            }

            int remaining = _length - _sent;
            int size = remaining < room ? remaining : room;
            bool last = size == remaining;
            _lastBlock++;
            ActionResponseWithPBlock block = new ActionResponseWithPBlock(invokeIdAndPriority, new DataBlockSa(last, _lastBlock, _data, _sent, size));
            _sent += size;
            if (last)
            {
                _active = false;
            }

            return block.Encode(output, offset, limit);
        }

        private bool Reserve(int size)
        {
            if (size > _maxLength)
            {
                return false;
            }

            if (_data == null || _data.Length < size)
            {
                _data = new byte[size];
            }

            return true;
        }
    }
}
