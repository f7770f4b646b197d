using System;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// Reassembles the raw-data of Get-Response-With-Datablock (Green Book ed. 9, 9.3.5: blocks
    /// numbered from 1, each following the last) into one buffer, never beyond a maximum size
    /// (a server cannot make the client allocate more than it allows).
    /// </summary>
    internal sealed class DataBlockBuffer
    {
        private const int InitialSize = 256;

        private readonly int _maxSize;
        private byte[] _data;
        private int _length;
        private uint _lastBlock;

        internal DataBlockBuffer(int maxSize)
        {
            _maxSize = maxSize;
            _data = new byte[maxSize < InitialSize ? maxSize : InitialSize];
        }

        /// <summary>The reassembled bytes, from 0 to <see cref="Length"/>.</summary>
        internal byte[] Data
        {
            get { return _data; }
        }

        internal int Length
        {
            get { return _length; }
        }

        /// <summary>The number of the last block appended (the one Get-Request-Next acknowledges).</summary>
        internal uint LastBlock
        {
            get { return _lastBlock; }
        }

        /// <summary>Appends the next block's raw data; throws when it is out of sequence or the total would exceed the maximum.</summary>
        internal void Append(GetResponseWithDataBlock block)
        {
            if (block.BlockNumber != _lastBlock + 1)
            {
                throw new DlmsClientException("data block " + block.BlockNumber.ToString() + " arrived where block " + (_lastBlock + 1).ToString() + " was expected");
            }

            int count = block.RawDataLength;
            if (count > _maxSize - _length)
            {
                throw new DlmsClientException("the value exceeds " + _maxSize.ToString() + " bytes, the most this client reassembles");
            }

            if (_length + count > _data.Length)
            {
                int size = _data.Length;
                while (size < _length + count)
                {
                    size = size > _maxSize / 2 ? _maxSize : size * 2;
                }

                byte[] grown = new byte[size];
                Array.Copy(_data, grown, _length);
                _data = grown;
            }

            block.CopyRawDataTo(_data, _length);
            _length += count;
            _lastBlock = block.BlockNumber;
        }
    }
}
