using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Joins the blocks of one SET value (Set-Request-With-First-Datablock, -With-Datablock) or of
    /// one ACTION parameter set (Action-Request-With-First-Pblock, -With-Pblock) sent in blocks
    /// (Green Book ed. 9, 9.3 "transferring long application data in blocks"). It remembers the
    /// first request of the transfer, so the service knows what the joined value is for once the
    /// last block is in. The buffer (the configured bound) is allocated at the first transfer only;
    /// nothing is allocated per block. One transfer at a time; not thread-safe.
    /// </summary>
    internal sealed class RequestBlockReceiver
    {
        private readonly int _maxLength;
        private DataBlockReassembler _blocks;
        private object _first;

        /// <summary>A receiver for values of at most <paramref name="maxLength"/> bytes.</summary>
        public RequestBlockReceiver(int maxLength)
        {
            _maxLength = maxLength;
        }

        /// <summary>The first request of the transfer in progress, or null when none is.</summary>
        public object First
        {
            get { return _first; }
        }

        /// <summary>The number of the last block taken.</summary>
        public uint LastBlockNumber
        {
            get { return _blocks == null ? 0 : _blocks.LastBlockNumber; }
        }

        /// <summary>True once the last block is in: <see cref="Buffer"/>[0 .. <see cref="Length"/>) holds the value.</summary>
        public bool IsComplete
        {
            get { return _blocks != null && _blocks.IsComplete; }
        }

        /// <summary>The buffer the value is joined into, from offset 0.</summary>
        public byte[] Buffer
        {
            get { return _blocks.Buffer; }
        }

        /// <summary>The bytes joined so far.</summary>
        public int Length
        {
            get { return _blocks.Length; }
        }

        /// <summary>Starts a transfer for <paramref name="first"/> with its block (any earlier transfer is abandoned).</summary>
        public DataBlockError Start(object first, DataBlockSa block)
        {
            if (_blocks == null)
            {
                _blocks = new DataBlockReassembler(new byte[_maxLength], 0, _maxLength);
            }

            _blocks.Reset();
            _first = first;
            return Add(block);
        }

        /// <summary>Takes the next block of the transfer in progress; a refused block ends the transfer.</summary>
        public DataBlockError Add(DataBlockSa block)
        {
            DataBlockError error = _blocks.Add(block);
            if (error != DataBlockError.None)
            {
                _first = null;
            }

            return error;
        }

        /// <summary>Ends the transfer (after its last block, or abandoned).</summary>
        public void Abort()
        {
            _first = null;
            if (_blocks != null)
            {
                _blocks.Reset();
            }
        }
    }
}
