using BenchmarkDotNet.Attributes;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Storage;

namespace Meter.Benchmarks
{
    /// <summary>
    /// Managed per-frame metrology work, without the signal synthesis: measuring one frame
    /// (rms, P, Q, S, PF, f in integer arithmetic) and the metrology task's whole frame step
    /// (measure, no-load gate, four registers, pulses, persistence into the record store).
    /// Target: zero bytes allocated in steady state.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class MetrologyFrameBenchmarks
    {
        private readonly MetrologyFrame _frame = new MetrologyFrame();
        private readonly Measurement _result = new Measurement();
        private FrameMeasurement _measurement;
        private MetrologyTask _task;

        [GlobalSetup]
        public void Setup()
        {
            MeteringScenario scenario = VirtualFrontEndBenchmarks.Impaired();
            var frontEnd = new ReplayFrontEnd(scenario);
            frontEnd.TryReadFrame(_frame, 0);
            _measurement = new FrameMeasurement(frontEnd, Calibration.Unity);

            var store = new RecordStore(new VirtualFlash(4096, 16));
            store.Mount();
            var registers = new EnergyRegisters(frontEnd.SampleRateHz, 1000);
            var noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(5000000, 1, 230000));
            var pulses = new PulseGenerator(new VirtualPulseOutput(VirtualClock.Manual(default)), frontEnd.SampleRateHz, 1000, 8);
            var persistence = new RegisterPersistence(store, registers, 2);
            _task = new MetrologyTask(frontEnd, _measurement, noLoad, registers, pulses, persistence, 5); // production: one snapshot per five frames
        }

        [Benchmark(Description = "FrameMeasurement.Measure (one frame)")]
        public long Measure()
        {
            _measurement.Measure(_frame, _result);
            return _result.ActiveMicrowatts;
        }

        [Benchmark(Description = "MetrologyTask frame step (replayed frame)")]
        public bool FrameStep()
        {
            return _task.ProcessNextFrame(0);
        }
    }
}
