using System;
using System.Collections;
using System.Threading;
using Meter.Hal.Watchdog;

namespace Meter.Tests.Runtime
{
    /// <summary>A watchdog that counts its feeds.</summary>
    internal sealed class CountingWatchdog : IWatchdog
    {
        public int Feeds;
        public bool Started;

        public int TimeoutMilliseconds
        {
            get { return 1000; }
        }

        public void Start()
        {
            Started = true;
        }

        public void Feed()
        {
            Interlocked.Increment(ref Feeds);
        }
    }

    /// <summary>A watchdog that records the clock time of every feed.</summary>
    internal sealed class FeedLogWatchdog : IWatchdog
    {
        private readonly object _sync = new object();
        private readonly LockstepClock _clock;
        private readonly ArrayList _feeds = new ArrayList();

        public FeedLogWatchdog(LockstepClock clock)
        {
            _clock = clock;
        }

        public int TimeoutMilliseconds
        {
            get { return 1000; }
        }

        public void Start()
        {
        }

        public void Feed()
        {
            lock (_sync)
            {
                _feeds.Add(_clock.UptimeMilliseconds);
            }
        }

        public bool FedAt(long time)
        {
            lock (_sync)
            {
                return _feeds.Contains(time);
            }
        }
    }

    /// <summary>A watchdog whose Start throws the first <c>failures</c> times.</summary>
    internal sealed class FailingStartWatchdog : IWatchdog
    {
        private int _failuresLeft;

        public FailingStartWatchdog(int failures)
        {
            _failuresLeft = failures;
        }

        public int TimeoutMilliseconds
        {
            get { return 1000; }
        }

        public void Start()
        {
            if (_failuresLeft > 0)
            {
                _failuresLeft--;
                throw new InvalidOperationException("watchdog refused to start");
            }
        }

        public void Feed()
        {
        }
    }
}
