using System.Threading;

namespace Meter.Metrology
{
    /// <summary>
    /// A single-slot, latest-value handoff of encoded register snapshots
    /// (<see cref="RegisterRecord"/>) from the metrology task to the task that writes them to the
    /// record store. Neither side ever waits for the other: three buffers rotate through one
    /// shared index swapped with <c>Interlocked.Exchange</c> (triple buffering), so the writer
    /// (metrology) always has a free buffer to fill and the reader always gets the newest
    /// complete snapshot, never a torn one. No allocation after construction.
    /// <para>
    /// A snapshot the reader has not taken yet is replaced by a newer one. That loses nothing:
    /// each snapshot holds the cumulative registers, so the newer one contains the older one, and
    /// the reader can only ever take snapshots in publication order, so a durable value never goes
    /// backwards.
    /// </para>
    /// One publishing thread and one taking thread.
    /// </summary>
    public sealed class RegisterHandoff
    {
        private const int Fresh = 4;
        private const int IndexMask = 3;

        private readonly byte[][] _buffers = new byte[3][];
        private readonly AutoResetEvent _published = new AutoResetEvent(false);
        private int _middle = 1;
        private int _writing;
        private int _reading = 2;
        private int _publications;

        public RegisterHandoff()
        {
            for (int k = 0; k < _buffers.Length; k++)
            {
                _buffers[k] = new byte[RegisterRecord.Length];
            }
        }

        /// <summary>Snapshots published so far (wraps after 2^31).</summary>
        public int Publications
        {
            get { return _publications; }
        }

        /// <summary>Publisher: encodes <paramref name="registers"/> and makes it the latest snapshot. Never blocks.</summary>
        public void Publish(EnergyRegisters registers)
        {
            RegisterRecord.Encode(registers, _buffers[_writing], 0);
            _writing = Interlocked.Exchange(ref _middle, _writing | Fresh) & IndexMask;
            Interlocked.Increment(ref _publications);
            _published.Set();
        }

        /// <summary>
        /// Taker: the newest snapshot not taken yet (<see cref="RegisterRecord.Length"/> bytes), or
        /// null when none was published since the last take. The buffer stays the taker's until its
        /// next call.
        /// </summary>
        public byte[] TakeLatest()
        {
            if ((_middle & Fresh) == 0)
            {
                return null;
            }

            _reading = Interlocked.Exchange(ref _middle, _reading) & IndexMask;
            return _buffers[_reading];
        }

        /// <summary>Taker: waits up to <paramref name="timeoutMilliseconds"/> for a publication; true when one may be waiting.</summary>
        public bool WaitForPublication(int timeoutMilliseconds)
        {
            return (_middle & Fresh) != 0 || _published.WaitOne(timeoutMilliseconds, false);
        }
    }
}
