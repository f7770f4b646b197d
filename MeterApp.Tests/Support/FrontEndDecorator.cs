using Meter.Hal.Metrology;

namespace Meter.Tests.Support
{
    /// <summary>A front end that wraps another: the description passes through, subclasses change how frames are read.</summary>
    internal abstract class FrontEndDecorator : IMetrologyFrontEnd
    {
        protected FrontEndDecorator(IMetrologyFrontEnd inner)
        {
            Inner = inner;
        }

        protected IMetrologyFrontEnd Inner { get; }

        public int SampleRateHz
        {
            get { return Inner.SampleRateHz; }
        }

        public int FrameSamples
        {
            get { return Inner.FrameSamples; }
        }

        public int AdcFullScale
        {
            get { return Inner.AdcFullScale; }
        }

        public int VoltageFullScaleMillivolts
        {
            get { return Inner.VoltageFullScaleMillivolts; }
        }

        public int CurrentFullScaleMilliamps
        {
            get { return Inner.CurrentFullScaleMilliamps; }
        }

        public int NeutralFullScaleMilliamps
        {
            get { return Inner.NeutralFullScaleMilliamps; }
        }

        public int NominalFrequencyMillihertz
        {
            get { return Inner.NominalFrequencyMillihertz; }
        }

        public abstract bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds);
    }
}
