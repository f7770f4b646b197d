using System.Threading;
using Meter.SerialConsole.Authentication;

namespace Meter.Tests.SerialConsole
{
    /// <summary>
    /// A record slot in RAM whose first write is held until another write has been stored, or
    /// for at most a given time: a test keeps one writer inside <see cref="Write"/> and sees
    /// whether a second writer gets in before it (with a lock around check and write, it can not).
    /// </summary>
    public sealed class GatedRecordSlot : IRecordSlot
    {
        private readonly object _sync = new object();
        private readonly MemoryRecordSlot _record = new MemoryRecordSlot();
        private readonly ManualResetEvent _firstWriteHeld = new ManualResetEvent(false);
        private readonly ManualResetEvent _otherWriteStored = new ManualResetEvent(false);
        private readonly int _holdMilliseconds;
        private int _writes;

        public GatedRecordSlot(int holdMilliseconds)
        {
            _holdMilliseconds = holdMilliseconds;
        }

        /// <summary>Waits until the first write is being held; false when none came in time.</summary>
        public bool WaitForHeldWrite(int timeoutMilliseconds)
        {
            return _firstWriteHeld.WaitOne(timeoutMilliseconds, false);
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                return _record.Read(buffer, offset, count);
            }
        }

        public void Write(byte[] data, int offset, int count)
        {
            bool first = Interlocked.Increment(ref _writes) == 1;
            if (first)
            {
                _firstWriteHeld.Set();
                _otherWriteStored.WaitOne(_holdMilliseconds, false);
            }

            lock (_sync)
            {
                _record.Write(data, offset, count);
            }

            if (!first)
            {
                _otherWriteStored.Set();
            }
        }
    }
}
