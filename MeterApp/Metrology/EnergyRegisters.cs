using System;

namespace Meter.Metrology
{
    /// <summary>
    /// The four energy registers of a single-phase meter, fed with signed power per frame.
    /// Sign conventions (IEC 62053-23 Annex, IEC 62056-61 / OBIS quadrants, consumer's view):
    /// active power P &gt; 0 is import (energy delivered to the customer) and goes to A+, P &lt; 0 is
    /// export and goes to A− as |P|. Reactive power Q &gt; 0 when the current lags the voltage on
    /// import (inductive load): quadrant I is P+ Q+, II is P− Q+, III is P− Q−, IV is P+ Q−.
    /// R+ = QI + QII (Q &gt; 0), R− = QIII + QIV (|Q| for Q &lt; 0). Reactive units use the same
    /// scaling with var in place of W (µvar in, varh·unit out). Not thread-safe: the metrology
    /// task owns it.
    /// </summary>
    public sealed class EnergyRegisters
    {
        private readonly EnergyRegister _activeImport;
        private readonly EnergyRegister _activeExport;
        private readonly EnergyRegister _reactiveImport;
        private readonly EnergyRegister _reactiveExport;

        public EnergyRegisters(int sampleRateHz, int milliwattHoursPerUnit)
        {
            _activeImport = new EnergyRegister(sampleRateHz, milliwattHoursPerUnit);
            _activeExport = new EnergyRegister(sampleRateHz, milliwattHoursPerUnit);
            _reactiveImport = new EnergyRegister(sampleRateHz, milliwattHoursPerUnit);
            _reactiveExport = new EnergyRegister(sampleRateHz, milliwattHoursPerUnit);
        }

        /// <summary>A+ (import active energy, OBIS 1.8.0).</summary>
        public EnergyRegister ActiveImport
        {
            get { return _activeImport; }
        }

        /// <summary>A− (export active energy, OBIS 2.8.0).</summary>
        public EnergyRegister ActiveExport
        {
            get { return _activeExport; }
        }

        /// <summary>R+ (QI + QII reactive energy, OBIS 3.8.0).</summary>
        public EnergyRegister ReactiveImport
        {
            get { return _reactiveImport; }
        }

        /// <summary>R− (QIII + QIV reactive energy, OBIS 4.8.0).</summary>
        public EnergyRegister ReactiveExport
        {
            get { return _reactiveExport; }
        }

        /// <summary>Register by index in persisted order: 0 A+, 1 A−, 2 R+, 3 R−.</summary>
        public EnergyRegister this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return _activeImport;
                    case 1: return _activeExport;
                    case 2: return _reactiveImport;
                    case 3: return _reactiveExport;
                    default: throw new ArgumentOutOfRangeException("index");
                }
            }
        }

        /// <summary>Number of registers reachable through the indexer.</summary>
        public int Count
        {
            get { return 4; }
        }

        /// <summary>Routes one frame of signed active (µW) and reactive (µvar) power to its registers.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A magnitude or the frame length is out of range; no register moved.</exception>
        public void Add(long activeMicrowatts, long reactiveMicrovars, int samples)
        {
            // Checked up front so that a refused frame moves no register at all.
            if (!InRange(activeMicrowatts) || !InRange(reactiveMicrovars))
            {
                throw new ArgumentOutOfRangeException("activeMicrowatts", "power magnitude above EnergyRegister.MaxPowerMicrowatts");
            }

            if (samples < 0 || samples > EnergyRegister.MaxFrameSamples)
            {
                throw new ArgumentOutOfRangeException("samples");
            }

            if (activeMicrowatts >= 0)
            {
                _activeImport.Add(activeMicrowatts, samples);
            }
            else
            {
                _activeExport.Add(-activeMicrowatts, samples);
            }

            if (reactiveMicrovars >= 0)
            {
                _reactiveImport.Add(reactiveMicrovars, samples);
            }
            else
            {
                _reactiveExport.Add(-reactiveMicrovars, samples);
            }
        }

        private static bool InRange(long power)
        {
            return power >= -EnergyRegister.MaxPowerMicrowatts && power <= EnergyRegister.MaxPowerMicrowatts;
        }
    }
}
