namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Joins the raw-data of a value transferred in blocks (Green Book ed. 9, 9.3 "transferring long
    /// application data in blocks": GET, SET and ACTION with block transfer) into a region of a caller's
    /// buffer. Blocks must come numbered 1, 2, 3, ... and the value may not exceed the region; a refused
    /// block leaves the state as it was and says why (<see cref="DataBlockError"/>), the service then
    /// aborts the transfer and the caller calls <see cref="Reset"/>. Allocates nothing per block.
    /// One instance per transfer in progress (not thread-safe).
    /// </summary>
    public sealed class DataBlockReassembler
    {
        private readonly byte[] _buffer;
        private readonly int _offset;
        private readonly int _maxLength;
        private int _length;
        private uint _lastBlockNumber;
        private bool _complete;

        /// <summary>Joins blocks into buffer[offset .. offset + maxLength).</summary>
        public DataBlockReassembler(byte[] buffer, int offset, int maxLength)
        {
            XdlmsCodec.CheckRange(buffer, offset, maxLength);
            _buffer = buffer;
            _offset = offset;
            _maxLength = maxLength;
        }

        /// <summary>The buffer the value is joined into (starting at <see cref="Offset"/>).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Where the value starts in <see cref="Buffer"/>.</summary>
        public int Offset
        {
            get { return _offset; }
        }

        /// <summary>The most bytes the joined value may hold.</summary>
        public int MaxLength
        {
            get { return _maxLength; }
        }

        /// <summary>The bytes joined so far.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The number of the last block taken, 0 before the first.</summary>
        public uint LastBlockNumber
        {
            get { return _lastBlockNumber; }
        }

        /// <summary>True once the block flagged last-block was taken: the value is whole.</summary>
        public bool IsComplete
        {
            get { return _complete; }
        }

        /// <summary>Forgets the blocks taken, ready for a new transfer.</summary>
        public void Reset()
        {
            _length = 0;
            _lastBlockNumber = 0;
            _complete = false;
        }

        /// <summary>Appends block <paramref name="blockNumber"/> holding data[offset .. offset + count).</summary>
        public DataBlockError Add(uint blockNumber, bool lastBlock, byte[] data, int offset, int count)
        {
            XdlmsCodec.CheckRange(data, offset, count);
            if (_complete)
            {
                return DataBlockError.AfterLastBlock;
            }

            // Consecutive from 1; the check on uint.MaxValue keeps the count from wrapping to 0.
            if (_lastBlockNumber == uint.MaxValue || blockNumber != _lastBlockNumber + 1)
            {
                return DataBlockError.WrongBlockNumber;
            }

            if (count > _maxLength - _length)
            {
                return DataBlockError.TooLong;
            }

            System.Array.Copy(data, offset, _buffer, _offset + _length, count);
            _length += count;
            _lastBlockNumber = blockNumber;
            _complete = lastBlock;
            return DataBlockError.None;
        }

        /// <summary>Appends the raw data of a SET or ACTION block.</summary>
        public DataBlockError Add(DataBlockSa block)
        {
            if (block == null)
            {
                throw new System.ArgumentNullException("block");
            }

            byte[] raw = block.RawData;
            return Add(block.BlockNumber, block.LastBlock, raw, 0, raw.Length);
        }

        /// <summary>Appends the raw data of a GET response block; <see cref="DataBlockError.NoRawData"/> for its data-access-result alternative.</summary>
        public DataBlockError Add(GetResponseWithDataBlock block)
        {
            if (block == null)
            {
                throw new System.ArgumentNullException("block");
            }

            byte[] raw = block.RawData;
            if (raw == null)
            {
                return DataBlockError.NoRawData;
            }

            return Add(block.BlockNumber, block.LastBlock, raw, 0, raw.Length);
        }
    }
}
