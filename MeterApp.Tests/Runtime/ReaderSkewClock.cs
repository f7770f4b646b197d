using System;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Tests.Runtime
{
    /// <summary>
    /// Wraps a clock so that its reads misbehave for one chosen thread: they lag behind by a fixed
    /// amount (the view of a thread that read the clock just before another recorded a later
    /// time), or they throw (a pass of the supervisor failing part way).
    /// </summary>
    internal sealed class ReaderSkewClock : IMonotonicClock
    {
        private readonly object _sync = new object();
        private readonly IMonotonicClock _inner;
        private Thread _lagging;
        private int _lag;
        private Thread _failing;

        public ReaderSkewClock(IMonotonicClock inner)
        {
            _inner = inner;
        }

        public long UptimeMilliseconds
        {
            get
            {
                long now = _inner.UptimeMilliseconds;
                Thread reader = Thread.CurrentThread;
                lock (_sync)
                {
                    if (reader == _failing)
                    {
                        throw new InvalidOperationException("clock read failed");
                    }

                    return reader == _lagging ? now - _lag : now;
                }
            }
        }

        /// <summary>Reads from <paramref name="reader"/> (null: none) lag by <paramref name="milliseconds"/>.</summary>
        public void LagReadsOf(Thread reader, int milliseconds)
        {
            lock (_sync)
            {
                _lagging = reader;
                _lag = milliseconds;
            }
        }

        /// <summary>Reads from <paramref name="reader"/> (null: none) throw.</summary>
        public void FailReadsOf(Thread reader)
        {
            lock (_sync)
            {
                _failing = reader;
            }
        }

        public void Sleep(int milliseconds)
        {
            _inner.Sleep(milliseconds);
        }
    }
}
