using System;
using BenchmarkDotNet.Attributes;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Storage;

namespace Meter.Benchmarks
{
    /// <summary>
    /// Recording one event with a short detail string in the standard event log (100 slots) on a
    /// 4 KiB x 8 sector virtual flash, in steady state (the ring of slots has wrapped, compactions included).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class EventLogBenchmarks
    {
        private const string Details = "console";

        private EventLog _log;

        [GlobalSetup]
        public void Setup()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 8));
            store.Mount();
            _log = new EventLog(store, VirtualClock.Manual(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc)));
            for (int i = 0; i < 5 * EventLog.DefaultCapacity; i++)
            {
                _log.Record(EventCode.TaskRestarted, Details);
            }
        }

        [Benchmark]
        public uint Record()
        {
            return _log.Record(EventCode.TaskRestarted, Details);
        }
    }
}
