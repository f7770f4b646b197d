using Meter.Hal.Metrology;
using Meter.Tests.Support;

namespace Meter.Tests.Metrology
{
    /// <summary>Passes frames through from another front end but swallows one of them, as an overrun would.</summary>
    internal sealed class SkippingFrontEnd : FrontEndDecorator
    {
        private readonly long _skipped;

        public SkippingFrontEnd(IMetrologyFrontEnd inner, long skippedSequence)
            : base(inner)
        {
            _skipped = skippedSequence;
        }

        public override bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            if (!Inner.TryReadFrame(frame, timeoutMilliseconds))
            {
                return false;
            }

            return frame.Sequence != _skipped || Inner.TryReadFrame(frame, timeoutMilliseconds);
        }
    }
}
