using System;

namespace Meter.Metrology
{
    /// <summary>
    /// One energy register, integers only (double may be single precision on the device). Each
    /// frame adds power × duration in µW·samples (power in µW, duration in samples at the
    /// front end's sample rate, so an unlocked frame of any length is exact); whole register units
    /// move into <see cref="Units"/>, the rest is carried in <see cref="Remainder"/>, so nothing is
    /// lost between frames. The register only counts up: negative power is refused (reverse energy
    /// has its own register, see <see cref="EnergyRegisters"/>). Not thread-safe: the metrology
    /// task owns it.
    /// </summary>
    public sealed class EnergyRegister
    {
        /// <summary>Highest power accepted per frame: 100 kW (a single-phase meter is far below).</summary>
        public const long MaxPowerMicrowatts = 100000000000L;

        /// <summary>Longest frame accepted, in samples; with <see cref="MaxPowerMicrowatts"/> one frame stays far from overflow.</summary>
        public const int MaxFrameSamples = 1 << 20;

        /// <summary>1 mWh = 3.6 J = 3 600 000 µW·s.</summary>
        private const long MicrowattSecondsPerMilliwattHour = 3600000L;

        private readonly int _sampleRate;
        private readonly int _milliwattHoursPerUnit;
        private readonly long _unitSize;
        private long _units;
        private long _remainder;

        /// <param name="sampleRateHz">Samples per second of the frame durations (e.g. 4096).</param>
        /// <param name="milliwattHoursPerUnit">Size of one register unit: 1000 for Wh, 100 for 0.1 Wh.</param>
        public EnergyRegister(int sampleRateHz, int milliwattHoursPerUnit)
        {
            if (sampleRateHz < 1 || sampleRateHz > 1000000)
            {
                throw new ArgumentOutOfRangeException("sampleRateHz");
            }

            if (milliwattHoursPerUnit < 1 || milliwattHoursPerUnit > 1000000)
            {
                throw new ArgumentOutOfRangeException("milliwattHoursPerUnit");
            }

            _sampleRate = sampleRateHz;
            _milliwattHoursPerUnit = milliwattHoursPerUnit;
            _unitSize = MicrowattSecondsPerMilliwattHour * milliwattHoursPerUnit * sampleRateHz;
        }

        public int SampleRateHz
        {
            get { return _sampleRate; }
        }

        public int MilliwattHoursPerUnit
        {
            get { return _milliwattHoursPerUnit; }
        }

        /// <summary>One register unit in µW·samples.</summary>
        public long UnitSize
        {
            get { return _unitSize; }
        }

        /// <summary>The legal register value, in whole units.</summary>
        public long Units
        {
            get { return _units; }
        }

        /// <summary>Energy carried towards the next unit, in µW·samples: 0 ≤ Remainder &lt; <see cref="UnitSize"/>.</summary>
        public long Remainder
        {
            get { return _remainder; }
        }

        /// <summary>Adds one frame of non-negative power; returns the whole units gained (usually 0).</summary>
        public long Add(long powerMicrowatts, int samples)
        {
            if (powerMicrowatts < 0 || powerMicrowatts > MaxPowerMicrowatts)
            {
                throw new ArgumentOutOfRangeException("powerMicrowatts");
            }

            if (samples < 0 || samples > MaxFrameSamples)
            {
                throw new ArgumentOutOfRangeException("samples");
            }

            return AddEnergy(powerMicrowatts * samples);
        }

        /// <summary>Sets the register from a persisted state (at start-up only: it may move it either way).</summary>
        public void Restore(long units, long remainder)
        {
            if (units < 0 || remainder < 0 || remainder >= _unitSize)
            {
                throw new ArgumentOutOfRangeException("units");
            }

            _units = units;
            _remainder = remainder;
        }

        private long AddEnergy(long energy)
        {
            long total = _remainder + energy;
            long gained = total / _unitSize;
            _units += gained;
            _remainder = total - (gained * _unitSize);
            return gained;
        }
    }
}
