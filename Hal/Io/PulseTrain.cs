using System;

namespace Meter.Hal.Io
{
    /// <summary>
    /// The timing rules of a pulse output (metrology LED, S0), without pins or timers, so every
    /// driver follows them and tests can check them. A pulse is high for the board's width and
    /// is followed by a low gap of the same width, which IEC 62053-31 (S0: pulse and pause at
    /// least 30 ms) requires and which keeps consecutive LED flashes apart. So the output can
    /// emit at most one pulse per 2 x width: 16.7 Hz, 60 000 pulses per hour, at 30 ms.
    /// Pulses requested faster wait in a backlog of at most <see cref="MaxPending"/> pulses
    /// (one second's worth at the maximum rate, at least one); requests beyond it are dropped
    /// and counted in <see cref="OverflowedPulses"/>, so the LED never lags the register by
    /// more than a second and a meter constant too high for the load shows up as a count
    /// instead of an ever-growing delay. Not thread-safe: the driver calls it under its lock.
    /// </summary>
    public sealed class PulseTrain
    {
        private const int MillisecondsPerHour = 3600000;

        private readonly int _widthMilliseconds;
        private readonly int _maxPending;
        private bool _busy;
        private bool _high;
        private int _pending;
        private long _overflowed;

        public PulseTrain(int widthMilliseconds)
        {
            // Past half an hour the period would not fit an int; no pulse output is that slow.
            if (widthMilliseconds <= 0 || widthMilliseconds > MillisecondsPerHour / 2)
            {
                throw new ArgumentOutOfRangeException("widthMilliseconds");
            }

            _widthMilliseconds = widthMilliseconds;
            int perSecond = 1000 / PeriodMilliseconds;
            _maxPending = perSecond > 0 ? perSecond : 1;
        }

        /// <summary>How long the pin stays high, and then low, per pulse.</summary>
        public int WidthMilliseconds
        {
            get { return _widthMilliseconds; }
        }

        /// <summary>The shortest time from one pulse start to the next: width plus gap.</summary>
        public int PeriodMilliseconds
        {
            get { return 2 * _widthMilliseconds; }
        }

        /// <summary>The highest sustained rate: meter constant (imp/kWh) x power (kW) must stay below it.</summary>
        public int MaxPulsesPerHour
        {
            get { return MillisecondsPerHour / PeriodMilliseconds; }
        }

        /// <summary>The longest backlog of pulses waiting to start.</summary>
        public int MaxPending
        {
            get { return _maxPending; }
        }

        /// <summary>Pulses requested but not yet started.</summary>
        public int Pending
        {
            get { return _pending; }
        }

        /// <summary>Pulses dropped because the backlog was full.</summary>
        public long OverflowedPulses
        {
            get { return _overflowed; }
        }

        /// <summary>
        /// A pulse is requested. Returns true when it starts now: the driver drives the pin high
        /// and arms its timer for one width. Otherwise it is queued, or dropped when the backlog
        /// is full.
        /// </summary>
        public bool Request()
        {
            if (!_busy)
            {
                _busy = true;
                _high = true;
                return true;
            }

            if (_pending < _maxPending)
            {
                _pending++;
            }
            else
            {
                _overflowed++;
            }

            return false;
        }

        /// <summary>The driver's timer fired: what to do next (see <see cref="PulseStep"/>).</summary>
        public PulseStep OnTimerElapsed()
        {
            if (!_busy)
            {
                return PulseStep.Idle;
            }

            if (_high)
            {
                _high = false;
                return PulseStep.EndPulse;
            }

            if (_pending > 0)
            {
                _pending--;
                _high = true;
                return PulseStep.StartPulse;
            }

            _busy = false;
            return PulseStep.Idle;
        }
    }
}
