using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// A long GET answered in blocks (Green Book ed. 9, 9.3.5 "GET service with block transfer"):
    /// the encoded result (a Data value, or the SEQUENCE OF Get-Data-Result of a with-list) is cut
    /// into Get-Response-With-Datablock blocks numbered from 1, each sized to what the client can
    /// receive; the client asks for the next one with Get-Request-Next carrying the number of the
    /// block it got. One long GET at a time per association; any other request abandons it.
    /// </summary>
    internal sealed class GetBlockSender
    {
        /// <summary>Bytes of a datablock response around its raw data: C4 02 id, last, number (4), choice, length (up to 3).</summary>
        public const int BlockOverhead = 3 + 1 + 4 + 1 + 3;

        private readonly int _maxLength;
        private byte[] _data;
        private int _length;
        private int _sent;
        private uint _lastBlock;
        private bool _active;

        /// <summary>A sender for encoded results of at most <paramref name="maxLength"/> bytes (its buffer grows to the longest seen).</summary>
        public GetBlockSender(int maxLength)
        {
            _maxLength = maxLength;
        }

        /// <summary>True while a long GET waits for Get-Request-Next.</summary>
        public bool IsActive
        {
            get { return _active; }
        }

        /// <summary>Abandons the long GET in progress, if any.</summary>
        public void Abort()
        {
            _active = false;
            _length = 0;
            _sent = 0;
            _lastBlock = 0;
        }

        /// <summary>Takes the encoding of <paramref name="value"/>; false when it exceeds the configured maximum.</summary>
        public bool Start(DlmsData value)
        {
            Abort();
            int size = AxdrEncoder.Size(value);
            if (!Reserve(size))
            {
                return false;
            }

            _length = AxdrEncoder.Encode(value, _data, 0, size);
            return Begin();
        }

        /// <summary>Takes the encoding of a with-list result (count, then each Get-Data-Result); false when too large.</summary>
        public bool Start(GetDataResult[] results)
        {
            Abort();
            int size = AxdrLength.Size(results.Length);
            for (int i = 0; i < results.Length; i++)
            {
                size += results[i].Size;
            }

            if (!Reserve(size))
            {
                return false;
            }

            int position = AxdrLength.Write(_data, 0, size, results.Length);
            for (int i = 0; i < results.Length; i++)
            {
                position += results[i].Encode(_data, position, size - position);
            }

            _length = position;
            return Begin();
        }

        /// <summary>Writes the first block (after a Start) into output; returns its length.</summary>
        public int FirstBlock(byte invokeIdAndPriority, byte[] output, int offset, int limit)
        {
            return WriteNext(invokeIdAndPriority, output, offset, limit);
        }

        /// <summary>
        /// Answers Get-Request-Next: the following block, or with last-block set a
        /// no-long-get-in-progress or data-block-number-invalid result (the latter ends the long GET).
        /// </summary>
        public int Next(GetRequestNext request, byte[] output, int offset, int limit)
        {
            if (!_active)
            {
                return GetResponseWithDataBlock.WithError(request.InvokeIdAndPriority, true, request.BlockNumber, DataAccessResult.NoLongGetInProgress).Encode(output, offset, limit);
            }

            if (request.BlockNumber != _lastBlock)
            {
                Abort();
                return GetResponseWithDataBlock.WithError(request.InvokeIdAndPriority, true, request.BlockNumber, DataAccessResult.DataBlockNumberInvalid).Encode(output, offset, limit);
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
            GetResponseWithDataBlock block = GetResponseWithDataBlock.WithRawData(invokeIdAndPriority, last, _lastBlock, _data, _sent, size);
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

        private bool Begin()
        {
            _sent = 0;
            _lastBlock = 0;
            _active = true;
            return true;
        }
    }
}
