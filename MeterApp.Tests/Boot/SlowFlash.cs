using System.Threading;
using Meter.Hal.Storage;

namespace Meter.Tests.Boot
{
    /// <summary>
    /// A flash with NOR-like timing (an erase takes tens of milliseconds, a program about one),
    /// so whoever holds the record store's lock holds it that long; counts the operations made on
    /// one watched thread.
    /// </summary>
    internal sealed class SlowFlash : IFlash
    {
        private readonly IFlash _inner;
        private readonly int _eraseMilliseconds;
        private readonly int _programMilliseconds;

        public SlowFlash(IFlash inner, int eraseMilliseconds, int programMilliseconds)
        {
            _inner = inner;
            _eraseMilliseconds = eraseMilliseconds;
            _programMilliseconds = programMilliseconds;
        }

        /// <summary>Operations are counted when made on this thread (null: none).</summary>
        public OverrunFrontEnd Watched;

        /// <summary>Reads, programs and erases made on the watched front end's reading thread.</summary>
        public int OperationsOnWatchedThread;

        public int Erases;

        public int SectorSize
        {
            get { return _inner.SectorSize; }
        }

        public int SectorCount
        {
            get { return _inner.SectorCount; }
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Watch();
            _inner.Read(address, buffer, offset, count);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            Watch();
            Thread.Sleep(_programMilliseconds);
            _inner.Program(address, buffer, offset, count);
        }

        public void EraseSector(int sector)
        {
            Watch();
            Interlocked.Increment(ref Erases);
            Thread.Sleep(_eraseMilliseconds);
            _inner.EraseSector(sector);
        }

        private void Watch()
        {
            OverrunFrontEnd watched = Watched;
            if (watched != null && watched.Reader == Thread.CurrentThread)
            {
                Interlocked.Increment(ref OperationsOnWatchedThread);
            }
        }
    }
}
