using Meter.Hal.Metrology;

namespace Meter.Tests.Tamper
{
    /// <summary>
    /// A front end that passes another's frames through but reports frames [first, last) as
    /// unmeasured (zero sums, <see cref="OverRangeFlags.FrontEndFault"/>), as the ATM90E26 driver
    /// does while it reconfigures a chip that reset.
    /// </summary>
    internal sealed class FaultingFrontEnd : IMetrologyFrontEnd
    {
        private readonly IMetrologyFrontEnd _inner;
        private readonly long _first;
        private readonly long _last;

        public FaultingFrontEnd(IMetrologyFrontEnd inner, long first, long last)
        {
            _inner = inner;
            _first = first;
            _last = last;
        }

        public int SampleRateHz
        {
            get { return _inner.SampleRateHz; }
        }

        public int FrameSamples
        {
            get { return _inner.FrameSamples; }
        }

        public int AdcFullScale
        {
            get { return _inner.AdcFullScale; }
        }

        public int VoltageFullScaleMillivolts
        {
            get { return _inner.VoltageFullScaleMillivolts; }
        }

        public int CurrentFullScaleMilliamps
        {
            get { return _inner.CurrentFullScaleMilliamps; }
        }

        public int NeutralFullScaleMilliamps
        {
            get { return _inner.NeutralFullScaleMilliamps; }
        }

        public int NominalFrequencyMillihertz
        {
            get { return _inner.NominalFrequencyMillihertz; }
        }

        public bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            if (!_inner.TryReadFrame(frame, timeoutMilliseconds))
            {
                return false;
            }

            if (frame.Sequence >= _first && frame.Sequence < _last)
            {
                long sequence = frame.Sequence;
                long firstSample = frame.FirstSample;
                int samples = frame.SampleCount;
                frame.Clear();
                frame.Sequence = sequence;
                frame.FirstSample = firstSample;
                frame.SampleCount = samples;
                frame.OverRange = OverRangeFlags.FrontEndFault;
            }

            return true;
        }
    }
}
