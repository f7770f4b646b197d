using Meter.Hal.Metrology;

namespace Meter.Tests.Metrology
{
    /// <summary>Passes frames through from another front end but swallows one of them, as an overrun would.</summary>
    internal sealed class SkippingFrontEnd : IMetrologyFrontEnd
    {
        private readonly IMetrologyFrontEnd _inner;
        private readonly long _skipped;

        public SkippingFrontEnd(IMetrologyFrontEnd inner, long skippedSequence)
        {
            _inner = inner;
            _skipped = skippedSequence;
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

            return frame.Sequence != _skipped || _inner.TryReadFrame(frame, timeoutMilliseconds);
        }
    }
}
