using System;
using Meter.Hal.Clock;
using Meter.Hal.Io;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The metrology LED of the virtual board: it counts pulses and remembers when the last one
    /// started, so tests can check energy against pulses (meter constant) without timing.
    /// </summary>
    public sealed class VirtualPulseOutput : IPulseOutput
    {
        /// <summary>The value of <see cref="LastPulseUptimeMilliseconds"/> before the first pulse.</summary>
        public const long NoPulse = -1;

        private readonly object _sync = new object();
        private readonly IMonotonicClock _clock;
        private long _count;
        private long _lastPulse = NoPulse;

        public VirtualPulseOutput(IMonotonicClock clock)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _clock = clock;
        }

        public long PulseCount
        {
            get
            {
                lock (_sync)
                {
                    return _count;
                }
            }
        }

        /// <summary>Uptime at which the last pulse started, or <see cref="NoPulse"/>.</summary>
        public long LastPulseUptimeMilliseconds
        {
            get
            {
                lock (_sync)
                {
                    return _lastPulse;
                }
            }
        }

        public void Pulse()
        {
            long now = _clock.UptimeMilliseconds;
            lock (_sync)
            {
                _count++;
                _lastPulse = now;
            }
        }
    }
}
