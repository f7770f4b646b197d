using Meter.Dlms.Axdr;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// A response too long for one APDU, sent in blocks (Green Book ed. 9, 9.3.5 GET and 9.3.7 ACTION
    /// "with block transfer"): the raw data is cut into blocks numbered from 1, each sized to what the
    /// client can receive; the client asks for the next one with a request carrying the number of the
    /// block it got. A request without a transfer, or with a number other than the last block sent
    /// (which ends the transfer), gets the service's own error. One transfer at a time; a new request
    /// abandons it. The service-specific APDUs are written by <see cref="GetBlockSender"/> and
    /// <see cref="ActionBlockSender"/>.
    /// </summary>
    internal abstract class ResponseBlockSender
    {
        private readonly int _maxLength;
        private readonly int _blockOverhead;
        private byte[] _data;
        private int _length;
        private int _sent;
        private uint _lastBlock;
        private bool _active;

        /// <summary>
        /// A sender for raw data of at most <paramref name="maxLength"/> bytes (its buffer grows to the
        /// longest seen), in blocks whose APDU adds <paramref name="blockOverhead"/> bytes at most.
        /// </summary>
        protected ResponseBlockSender(int maxLength, int blockOverhead)
        {
            _maxLength = maxLength;
            _blockOverhead = blockOverhead;
        }

        /// <summary>True while a transfer waits for the request of its next block.</summary>
        public bool IsActive
        {
            get { return _active; }
        }

        /// <summary>Abandons the transfer in progress, if any.</summary>
        public void Abort()
        {
            _active = false;
            _length = 0;
            _sent = 0;
            _lastBlock = 0;
        }

        /// <summary>Writes the first block (after a Start) into output; returns its length.</summary>
        public int FirstBlock(byte invokeIdAndPriority, byte[] output, int offset, int limit)
        {
            return WriteNext(invokeIdAndPriority, output, offset, limit);
        }

        /// <summary>Abandons any transfer and returns a buffer for <paramref name="size"/> bytes of raw data; null when above the maximum.</summary>
        protected byte[] Reserve(int size)
        {
            Abort();
            if (size > _maxLength)
            {
                return null;
            }

            if (_data == null || _data.Length < size)
            {
                _data = new byte[size];
            }

            return _data;
        }

        /// <summary>Starts sending the first <paramref name="length"/> bytes of the reserved buffer; true.</summary>
        protected bool Begin(int length)
        {
            _length = length;
            _sent = 0;
            _lastBlock = 0;
            _active = true;
            return true;
        }

        /// <summary>Answers the request for the block after <paramref name="blockNumber"/>: that block, or the service's error.</summary>
        protected int Next(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            if (!_active)
            {
                return EncodeNoTransfer(invokeIdAndPriority, blockNumber, output, offset, limit);
            }

            if (blockNumber != _lastBlock)
            {
                Abort();
                return EncodeWrongBlock(invokeIdAndPriority, blockNumber, output, offset, limit);
            }

            return WriteNext(invokeIdAndPriority, output, offset, limit);
        }

        /// <summary>Writes the service's block APDU around data[start .. start + size).</summary>
        protected abstract int EncodeBlock(byte invokeIdAndPriority, bool last, uint blockNumber, byte[] data, int start, int size, byte[] output, int offset, int limit);

        /// <summary>Writes the service's answer to a block request without a transfer in progress.</summary>
        protected abstract int EncodeNoTransfer(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit);

        /// <summary>Writes the service's answer to a block request with the wrong number (the transfer has ended).</summary>
        protected abstract int EncodeWrongBlock(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit);

        private int WriteNext(byte invokeIdAndPriority, byte[] output, int offset, int limit)
        {
            int room = limit - _blockOverhead;
            if (room < 1)
            {
                Abort();
                return AxdrEncoder.DoesNotFit;
            }

            int remaining = _length - _sent;
            int size = remaining < room ? remaining : room;
            bool last = size == remaining;
            _lastBlock++;
            int start = _sent;
            _sent += size;
            if (last)
            {
                _active = false;
            }

            return EncodeBlock(invokeIdAndPriority, last, _lastBlock, _data, start, size, output, offset, limit);
        }
    }
}
