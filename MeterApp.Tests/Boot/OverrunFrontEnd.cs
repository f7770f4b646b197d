using System.Threading;
using Meter.Hal.Clock;
using Meter.Hal.Metrology;
using Meter.Tests.Support;

namespace Meter.Tests.Boot
{
    /// <summary>
    /// A paced front end with a real chip's limit: it holds at most <c>capacity</c> finished
    /// frames; a frame not read by the time <c>capacity</c> newer ones have finished is
    /// overwritten (an overrun), so a reader that falls behind sees a gap in the sequence numbers.
    /// It also checks the sequence itself and remembers the reading thread.
    /// </summary>
    internal sealed class OverrunFrontEnd : FrontEndDecorator
    {
        private readonly IMonotonicClock _clock;
        private readonly long _start;
        private readonly int _capacity;
        private readonly MetrologyFrame _discard = new MetrologyFrame();
        private long _nextInner;
        private long _expected = -1;

        /// <param name="inner">A front end paced by <paramref name="clock"/>, built just before this one.</param>
        public OverrunFrontEnd(IMetrologyFrontEnd inner, IMonotonicClock clock, int capacity)
            : base(inner)
        {
            _clock = clock;
            _start = clock.UptimeMilliseconds;
            _capacity = capacity;
        }

        /// <summary>Frames overwritten before they were read.</summary>
        public long Overruns;

        /// <summary>Frames handed to the reader.</summary>
        public long Delivered;

        /// <summary>Frames whose sequence number did not follow the previous one's.</summary>
        public long SequenceBreaks;

        /// <summary>The thread that read the last frame (the metrology task's).</summary>
        public Thread Reader;

        public override bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            Reader = Thread.CurrentThread;
            long finished = (_clock.UptimeMilliseconds - _start) * Inner.SampleRateHz / 1000 / Inner.FrameSamples;
            while (finished - _nextInner > _capacity && Inner.TryReadFrame(_discard, 0))
            {
                _nextInner++;
                Overruns++;
            }

            if (!Inner.TryReadFrame(frame, timeoutMilliseconds))
            {
                return false;
            }

            _nextInner++;
            if (_expected >= 0 && frame.Sequence != _expected)
            {
                SequenceBreaks++;
            }

            _expected = frame.Sequence + 1;
            Delivered++;
            return true;
        }
    }
}
