using BenchmarkDotNet.Attributes;
using Meter.Hal.Virtual;
using Meter.Storage;

namespace Meter.Benchmarks
{
    /// <summary>
    /// The record store's hot paths on a 4 KiB x 8 sector virtual flash, in steady state: the
    /// ring has been turned several times, so Write's mean includes the compactions (sector erase,
    /// copy of any live records left in the oldest sector) that a stream of register updates
    /// triggers. Target: 0 B per operation.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class RecordStoreBenchmarks
    {
        private const int SectorSize = 4096;
        private const int SectorCount = 8;

        // A register set of 16 keys rewritten in turn, 16 bytes each (e.g. an energy register with its status).
        private const int RegisterCount = 16;
        private const int RecordLength = 16;

        private readonly byte[] _record = new byte[RecordLength];
        private RecordStore _store;
        private PersistentCounter _counter;
        private byte[] _readBuffer;
        private int _writes;

        [GlobalSetup]
        public void Setup()
        {
            _store = new RecordStore(new VirtualFlash(SectorSize, SectorCount));
            _store.Mount();
            _readBuffer = new byte[_store.MaxPayloadLength];
            _counter = new PersistentCounter(_store, RecordKeys.BootCount);

            // Four turns of the ring: every sector has been opened, filled and compacted.
            while (_store.GetHealth().Compactions < 4 * SectorCount)
            {
                WriteRegister();
            }
        }

        /// <summary>One register update (payload differs from the stored one, so it is really written).</summary>
        [Benchmark]
        public void Write()
        {
            WriteRegister();
        }

        [Benchmark]
        public int Read()
        {
            return _store.Read((ushort)(RecordKeys.MetrologyFirst + 5), _readBuffer, 0);
        }

        [Benchmark]
        public long CounterIncrement()
        {
            return _counter.Increment();
        }

        private void WriteRegister()
        {
            int n = _writes++;
            _record[0] = (byte)n;
            _record[1] = (byte)(n >> 8);
            _record[2] = (byte)(n >> 16);
            _record[3] = (byte)(n >> 24);
            _store.Write((ushort)(RecordKeys.MetrologyFirst + n % RegisterCount), _record, 0, RecordLength);
        }
    }
}
