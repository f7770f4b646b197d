using System;
using System.Threading;
using Meter.Hal.Clock;
using Meter.Runtime;

namespace Meter.Events
{
    /// <summary>
    /// Keeps events a remote peer can raise at frame rate (failed authentication 46, decryption
    /// failures 49, replays 50: one forged AARQ each) from flushing the fraud detection log, which
    /// keeps only the newest events, and from wearing the flash: at most a burst of them at once,
    /// then one per refill period. Those in between are counted, and the next one recorded says how
    /// many were left out ("+N not logged"). Other codes pass straight through. Thread-safe.
    /// </summary>
    public sealed class ThrottledEventRecorder : IEventRecorder
    {
        private readonly IEventRecorder _inner;
        private readonly IMonotonicClock _clock;
        private readonly ushort[] _throttled;
        private readonly TokenBucket _bucket;
        private int _pending;
        private int _suppressed;

        /// <summary>
        /// Passes <paramref name="throttledCodes"/> to <paramref name="inner"/> at most
        /// <paramref name="burst"/> at once, then one per <paramref name="refillMilliseconds"/> of
        /// <paramref name="clock"/>.
        /// </summary>
        public ThrottledEventRecorder(IEventRecorder inner, IMonotonicClock clock, ushort[] throttledCodes, int burst, int refillMilliseconds)
        {
            if (inner == null || clock == null || throttledCodes == null)
            {
                throw new ArgumentNullException(inner == null ? "inner" : clock == null ? "clock" : "throttledCodes");
            }

            _inner = inner;
            _clock = clock;
            _throttled = throttledCodes;
            _bucket = new TokenBucket(burst, refillMilliseconds);
        }

        /// <summary>Throttled events left out of the log since construction.</summary>
        public int Suppressed
        {
            get { return _suppressed; }
        }

        /// <inheritdoc />
        public void Record(ushort code, string details)
        {
            if (!IsThrottled(code))
            {
                _inner.Record(code, details);
                return;
            }

            if (!_bucket.TryTake(_clock.UptimeMilliseconds))
            {
                Interlocked.Increment(ref _pending);
                Interlocked.Increment(ref _suppressed);
                return;
            }

            // The count goes first: the log truncates long details.
            int missed = Interlocked.Exchange(ref _pending, 0);
            _inner.Record(code, missed == 0 ? details : "+" + missed.ToString() + " not logged; " + details);
        }

        private bool IsThrottled(ushort code)
        {
            for (int i = 0; i < _throttled.Length; i++)
            {
                if (_throttled[i] == code)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
