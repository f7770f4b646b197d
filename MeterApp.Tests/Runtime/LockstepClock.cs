using System.Collections;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Tests.Runtime
{
    /// <summary>
    /// A test clock that moves only when the test moves it, and only once the threads under test
    /// have settled: every expected thread asleep on this clock and the test's own condition met.
    /// Time then jumps to the next wake-up, so restart times, backoff and heartbeats come out
    /// exactly as designed however slowly the threads are scheduled (a loaded CI machine).
    /// </summary>
    internal sealed class LockstepClock : IMonotonicClock
    {
        /// <summary>Real time allowed for the threads to settle after each step.</summary>
        private const int SettleMilliseconds = 10000;

        private readonly object _sync = new object();
        private readonly ArrayList _wakeUps = new ArrayList();
        private long _now;

        public long UptimeMilliseconds
        {
            get
            {
                lock (_sync)
                {
                    return _now;
                }
            }
        }

        /// <summary>Threads sleeping on this clock whose wake-up time has not come yet.</summary>
        public int Asleep
        {
            get
            {
                lock (_sync)
                {
                    int count = 0;
                    for (int i = 0; i < _wakeUps.Count; i++)
                    {
                        if ((long)_wakeUps[i] > _now)
                        {
                            count++;
                        }
                    }

                    return count;
                }
            }
        }

        public void Sleep(int milliseconds)
        {
            object wakeUp;
            lock (_sync)
            {
                wakeUp = _now + (milliseconds > 0 ? milliseconds : 0);
                _wakeUps.Add(wakeUp);
            }

            try
            {
                while (UptimeMilliseconds < (long)wakeUp)
                {
                    Thread.Sleep(1);
                }
            }
            finally
            {
                lock (_sync)
                {
                    _wakeUps.Remove(wakeUp);
                }
            }
        }

        /// <summary>Moves time forward freely (for stopping, where lock step no longer matters).</summary>
        public void Advance(int milliseconds)
        {
            lock (_sync)
            {
                _now += milliseconds;
            }
        }

        /// <summary>
        /// Steps time from wake-up to wake-up until <paramref name="done"/> holds, each step only
        /// once <paramref name="settled"/> holds (typically: so many threads <see cref="Asleep"/>
        /// and the tasks in a given state). False when the threads do not settle within ten real
        /// seconds, or <paramref name="limitMilliseconds"/> of clock time pass first.
        /// </summary>
        public bool RunUntil(Condition settled, Condition done, long limitMilliseconds)
        {
            long end = UptimeMilliseconds + limitMilliseconds;
            while (true)
            {
                if (!Settle(settled))
                {
                    return false;
                }

                if (done())
                {
                    return true;
                }

                if (UptimeMilliseconds >= end || !JumpToNextWakeUp())
                {
                    return false;
                }
            }
        }

        /// <summary>Waits (a bound, not a timing assertion) until the threads have settled.</summary>
        public bool Settle(Condition settled)
        {
            for (int i = 0; i < SettleMilliseconds; i++)
            {
                if (settled())
                {
                    return true;
                }

                Thread.Sleep(1);
            }

            return false;
        }

        private bool JumpToNextWakeUp()
        {
            lock (_sync)
            {
                long next = long.MaxValue;
                for (int i = 0; i < _wakeUps.Count; i++)
                {
                    long wakeUp = (long)_wakeUps[i];
                    if (wakeUp > _now && wakeUp < next)
                    {
                        next = wakeUp;
                    }
                }

                if (next == long.MaxValue)
                {
                    return false;
                }

                _now = next;
                return true;
            }
        }
    }
}
