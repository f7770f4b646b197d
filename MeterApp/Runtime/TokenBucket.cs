using System;

namespace Meter.Runtime
{
    /// <summary>
    /// A token bucket on the monotonic clock: up to <see cref="Burst"/> grants at once, then one
    /// more every <see cref="RefillMilliseconds"/>. Integer arithmetic only. Thread-safe: the
    /// event path calls it from whichever task records the event.
    /// </summary>
    public sealed class TokenBucket
    {
        private readonly object _sync = new object();
        private readonly int _burst;
        private readonly int _refillMilliseconds;
        private int _tokens;
        private long _refilledAt;
        private bool _started;

        /// <param name="burst">Grants available at once (at least 1).</param>
        /// <param name="refillMilliseconds">Time for one grant to come back (at least 1).</param>
        public TokenBucket(int burst, int refillMilliseconds)
        {
            if (burst < 1)
            {
                throw new ArgumentOutOfRangeException("burst");
            }

            if (refillMilliseconds < 1)
            {
                throw new ArgumentOutOfRangeException("refillMilliseconds");
            }

            _burst = burst;
            _refillMilliseconds = refillMilliseconds;
            _tokens = burst;
        }

        /// <summary>Grants available at once.</summary>
        public int Burst
        {
            get { return _burst; }
        }

        /// <summary>Milliseconds for one grant to come back.</summary>
        public int RefillMilliseconds
        {
            get { return _refillMilliseconds; }
        }

        /// <summary>Takes one grant at uptime <paramref name="now"/>; false when none is left.</summary>
        public bool TryTake(long now)
        {
            lock (_sync)
            {
                if (!_started)
                {
                    _started = true;
                    _refilledAt = now;
                }

                long elapsed = now - _refilledAt;
                if (elapsed >= _refillMilliseconds)
                {
                    long earned = elapsed / _refillMilliseconds;
                    if (earned >= _burst - _tokens)
                    {
                        _tokens = _burst;
                        _refilledAt = now;
                    }
                    else
                    {
                        _tokens += (int)earned;
                        _refilledAt += earned * _refillMilliseconds;
                    }
                }

                if (_tokens == 0)
                {
                    return false;
                }

                if (_tokens == _burst)
                {
                    // A full bucket earns nothing: the refill period starts with this grant.
                    _refilledAt = now;
                }

                _tokens--;
                return true;
            }
        }
    }
}
