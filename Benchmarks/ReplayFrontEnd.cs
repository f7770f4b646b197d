using Meter.Hal.Metrology;
using Meter.Hal.Virtual;

namespace Meter.Benchmarks
{
    /// <summary>
    /// A front end that hands out copies of one recorded frame with rising sequence numbers, so a
    /// benchmark measures the managed per-frame work alone, as on a device where a metering chip
    /// delivers the sums.
    /// </summary>
    internal sealed class ReplayFrontEnd : IMetrologyFrontEnd
    {
        private readonly VirtualFrontEnd _source;
        private readonly MetrologyFrame _recorded = new MetrologyFrame();
        private long _sequence;

        public ReplayFrontEnd(MeteringScenario scenario)
        {
            _source = new VirtualFrontEnd(scenario, 1);
            _source.TryReadFrame(_recorded, 0);
        }

        public int SampleRateHz => _source.SampleRateHz;

        public int FrameSamples => _source.FrameSamples;

        public int AdcFullScale => _source.AdcFullScale;

        public int VoltageFullScaleMillivolts => _source.VoltageFullScaleMillivolts;

        public int CurrentFullScaleMilliamps => _source.CurrentFullScaleMilliamps;

        public int NeutralFullScaleMilliamps => _source.NeutralFullScaleMilliamps;

        public int NominalFrequencyMillihertz => _source.NominalFrequencyMillihertz;

        public bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            frame.Sequence = _sequence++;
            frame.FirstSample = frame.Sequence * _recorded.SampleCount;
            frame.SampleCount = _recorded.SampleCount;
            frame.SumV = _recorded.SumV;
            frame.SumI = _recorded.SumI;
            frame.SumVV = _recorded.SumVV;
            frame.SumII = _recorded.SumII;
            frame.SumVI = _recorded.SumVI;
            frame.SumV90I = _recorded.SumV90I;
            frame.SumNN = _recorded.SumNN;
            frame.SumVN = _recorded.SumVN;
            frame.ZeroCrossingCount = _recorded.ZeroCrossingCount;
            frame.FirstCrossing = _recorded.FirstCrossing;
            frame.LastCrossing = _recorded.LastCrossing;
            frame.OverRange = _recorded.OverRange;
            return true;
        }
    }
}
