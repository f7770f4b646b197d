using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Cuts an encoded value lying in a caller's buffer into numbered blocks of at most a given size
    /// (Green Book ed. 9, 9.3 "transferring long application data in blocks"): block k (from 1) is a
    /// slice of the buffer, so a server answering Get-Request-Next or a client sending
    /// Set-Request-With-Datablock never copies the whole value again. An empty value is one empty
    /// last block; a value that fills its last block exactly has no extra empty block. Immutable.
    /// </summary>
    public sealed class DataBlockSplitter
    {
        private readonly byte[] _buffer;
        private readonly int _offset;
        private readonly int _length;
        private readonly int _blockSize;
        private readonly uint _blockCount;

        /// <summary>Blocks of at most <paramref name="blockSize"/> (1 or more) bytes of buffer[offset .. offset + count).</summary>
        public DataBlockSplitter(byte[] buffer, int offset, int count, int blockSize)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            if (blockSize < 1)
            {
                throw new System.ArgumentOutOfRangeException("blockSize");
            }

            _buffer = buffer;
            _offset = offset;
            _length = count;
            _blockSize = blockSize;
            _blockCount = count == 0 ? 1 : (uint)((count - 1) / blockSize + 1);
        }

        /// <summary>The buffer holding the value.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>The length of the whole value.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The most raw-data bytes per block.</summary>
        public int BlockSize
        {
            get { return _blockSize; }
        }

        /// <summary>The number of blocks (1 or more); the last one carries last-block TRUE.</summary>
        public uint BlockCount
        {
            get { return _blockCount; }
        }

        /// <summary>
        /// Locates block <paramref name="blockNumber"/> in <see cref="Buffer"/>; false (and zeros) when
        /// the number is 0 or above <see cref="BlockCount"/>, e.g. a Get-Request-Next after the last block.
        /// </summary>
        public bool TryGetBlock(uint blockNumber, out int offset, out int length, out bool lastBlock)
        {
            offset = 0;
            length = 0;
            lastBlock = false;
            if (blockNumber == 0 || blockNumber > _blockCount)
            {
                return false;
            }

            // blockNumber <= _blockCount bounds start by _length, so the int arithmetic cannot overflow.
            int start = (int)(blockNumber - 1) * _blockSize;
            offset = _offset + start;
            length = _length - start < _blockSize ? _length - start : _blockSize;
            lastBlock = blockNumber == _blockCount;
            return true;
        }

        /// <summary>Block <paramref name="blockNumber"/> as a SET/ACTION DataBlock-SA (copies that block only), or null when out of range.</summary>
        public DataBlockSa BlockAt(uint blockNumber)
        {
            int offset;
            int length;
            bool lastBlock;
            return TryGetBlock(blockNumber, out offset, out length, out lastBlock)
                ? new DataBlockSa(lastBlock, blockNumber, _buffer, offset, length)
                : null;
        }

        /// <summary>
        /// The most raw-data bytes whose A-XDR length and content fit in <paramref name="space"/> (1 or more)
        /// bytes: the block size for an APDU of a negotiated maximum size once its fixed fields are counted
        /// (e.g. 9 bytes before the raw-data length in Get-Response-With-Datablock).
        /// </summary>
        public static int RawDataCapacity(int space)
        {
            if (space < 1)
            {
                throw new System.ArgumentOutOfRangeException("space");
            }

            int capacity = space - 1;
            while (AxdrLength.Size(capacity) + capacity > space)
            {
                capacity--;
            }

            return capacity;
        }
    }
}
