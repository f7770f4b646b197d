using BenchmarkDotNet.Attributes;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;

namespace Meter.Benchmarks
{
    /// <summary>
    /// The virtual metrology front end in batch mode: one minute of metering (300 frames of 819
    /// samples at 4096 Hz) with the accuracy campaign's impairments (16-bit ADC, noise and offsets on
    /// all three channels, 10 % 5th harmonic on voltage, 40 % 5th and 20 % 3rd on current, 0.5°
    /// sensor phase error, 49.9 Hz). Real-time factor = 60 s / mean time.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class VirtualFrontEndBenchmarks
    {
        private const int FramesPerMinute = 300;

        private readonly MetrologyFrame _frame = new MetrologyFrame();
        private VirtualFrontEnd _frontEnd;

        [GlobalSetup]
        public void Setup()
        {
            _frontEnd = new VirtualFrontEnd(Impaired(), 1);
        }

        [Benchmark(Description = "VirtualFrontEnd one minute (300 frames)")]
        public long OneMinute()
        {
            long sum = 0;
            for (int k = 0; k < FramesPerMinute; k++)
            {
                _frontEnd.TryReadFrame(_frame, 0);
                sum += _frame.SumVI;
            }

            return sum;
        }

        /// <summary>The impaired scenario the benchmark runs.</summary>
        public static MeteringScenario Impaired()
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.CurrentRms = 10.0;
            scenario.PhaseDegrees = 30.0;
            scenario.FrequencyHz = 49.9;
            scenario.CurrentPhaseErrorDegrees = 0.5;
            scenario.VoltageOffsetLsb = 3.0;
            scenario.CurrentOffsetLsb = -2.0;
            scenario.VoltageNoiseLsb = 2.0;
            scenario.CurrentNoiseLsb = 2.0;
            scenario.NeutralNoiseLsb = 2.0;
            scenario.VoltageHarmonics = new Harmonic[] { new Harmonic(5, 0.1, 0.0) };
            scenario.CurrentHarmonics = new Harmonic[] { new Harmonic(5, 0.4, 0.0), new Harmonic(3, 0.2, 0.0) };
            return scenario;
        }
    }
}
