using System;
using Meter.Hal.Io;

namespace Meter.Metrology
{
    /// <summary>
    /// The metrology pulse output (IEC 62053-31 / 62052-11 test output): one pulse per 1/k kWh
    /// at meter constant k imp/kWh, integers only, with its own carried remainder so the pulse
    /// count tracks the energy fed to it exactly. Feed it the gated A+ power (or |P| for an
    /// |A| output). At most <see cref="MaxPulsesPerFrame"/> pulses leave per frame; pulses due
    /// beyond that are carried to the next frames up to the same bound, and any excess is
    /// dropped and counted in <see cref="OverflowPulses"/>. Not thread-safe: the metrology task
    /// owns it.
    /// </summary>
    public sealed class PulseGenerator
    {
        /// <summary>1 kWh = 3.6e12 µW·s.</summary>
        private const long MicrowattSecondsPerKilowattHour = 3600000000000L;

        private readonly IPulseOutput _output;
        private readonly int _maxPerFrame;
        private readonly long _pulseSize;
        private readonly int _constant;
        private long _remainder;
        private long _owed;
        private long _emitted;
        private long _overflow;

        /// <param name="impulsesPerKilowattHour">Meter constant k; 3.6e12 × the sample rate must be a multiple of it (true of the usual 500..100000 imp/kWh built from 2, 3 and 5).</param>
        public PulseGenerator(IPulseOutput output, int sampleRateHz, int impulsesPerKilowattHour, int maxPulsesPerFrame)
        {
            if (output == null)
            {
                throw new ArgumentNullException("output");
            }

            if (sampleRateHz < 1 || sampleRateHz > 1000000)
            {
                throw new ArgumentOutOfRangeException("sampleRateHz");
            }

            if (impulsesPerKilowattHour < 1 || impulsesPerKilowattHour > 1000000)
            {
                throw new ArgumentOutOfRangeException("impulsesPerKilowattHour");
            }

            if (maxPulsesPerFrame < 1)
            {
                throw new ArgumentOutOfRangeException("maxPulsesPerFrame");
            }

            long perKilowattHour = MicrowattSecondsPerKilowattHour * sampleRateHz;
            if (perKilowattHour % impulsesPerKilowattHour != 0)
            {
                throw new ArgumentException("the pulse energy of " + impulsesPerKilowattHour + " imp/kWh is not a whole number of µW·samples at " + sampleRateHz + " Hz", "impulsesPerKilowattHour");
            }

            _output = output;
            _constant = impulsesPerKilowattHour;
            _maxPerFrame = maxPulsesPerFrame;
            _pulseSize = perKilowattHour / impulsesPerKilowattHour;
        }

        public int ImpulsesPerKilowattHour
        {
            get { return _constant; }
        }

        public int MaxPulsesPerFrame
        {
            get { return _maxPerFrame; }
        }

        /// <summary>Energy of one pulse in µW·samples.</summary>
        public long PulseSize
        {
            get { return _pulseSize; }
        }

        /// <summary>Energy carried towards the next pulse, in µW·samples.</summary>
        public long Remainder
        {
            get { return _remainder; }
        }

        /// <summary>Pulses due but not yet emitted because of the per-frame bound.</summary>
        public long OwedPulses
        {
            get { return _owed; }
        }

        public long EmittedPulses
        {
            get { return _emitted; }
        }

        /// <summary>Pulses dropped because more were due than the output may carry.</summary>
        public long OverflowPulses
        {
            get { return _overflow; }
        }

        /// <summary>Adds one frame of non-negative power (µW over <paramref name="samples"/>) and emits the pulses due; returns how many.</summary>
        public int Add(long powerMicrowatts, int samples)
        {
            if (powerMicrowatts < 0 || powerMicrowatts > EnergyRegister.MaxPowerMicrowatts)
            {
                throw new ArgumentOutOfRangeException("powerMicrowatts");
            }

            if (samples < 0 || samples > EnergyRegister.MaxFrameSamples)
            {
                throw new ArgumentOutOfRangeException("samples");
            }

            long total = _remainder + (powerMicrowatts * samples);
            long due = total / _pulseSize;
            _remainder = total - (due * _pulseSize);
            _owed += due;

            int now = _owed > _maxPerFrame ? _maxPerFrame : (int)_owed;
            _owed -= now;
            if (_owed > _maxPerFrame)
            {
                _overflow += _owed - _maxPerFrame;
                _owed = _maxPerFrame;
            }

            for (int i = 0; i < now; i++)
            {
                _output.Pulse();
            }

            _emitted += now;
            return now;
        }
    }
}
