using Meter.Hal.Metrology;
using Meter.Tests.Support;

namespace Meter.Tests.Tamper
{
    /// <summary>
    /// A front end that passes another's frames through but reports frames [first, last) as
    /// unmeasured (zero sums, <see cref="OverRangeFlags.FrontEndFault"/>), as the ATM90E26 driver
    /// does while it reconfigures a chip that reset.
    /// </summary>
    internal sealed class FaultingFrontEnd : FrontEndDecorator
    {
        private readonly long _first;
        private readonly long _last;

        public FaultingFrontEnd(IMetrologyFrontEnd inner, long first, long last)
            : base(inner)
        {
            _first = first;
            _last = last;
        }

        public override bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            if (!Inner.TryReadFrame(frame, timeoutMilliseconds))
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
