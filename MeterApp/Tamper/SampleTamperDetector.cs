using System;
using Meter.Events;
using Meter.Metrology;

namespace Meter.Tamper
{
    /// <summary>
    /// Tamper and supply conditions judged from each frame's measurement: reverse power, L/N
    /// current imbalance, current flowing without voltage (missing neutral or a voltage link
    /// opened), voltage sag (below 90 % Un) and interruption (below 10 % Un). Each condition passes
    /// a <see cref="PersistenceFilter"/> and every filtered change records one event.
    /// </summary>
    /// <remarks>
    /// Called by the metrology task once per frame: a frame without a state change allocates
    /// nothing (the details string is built only when an event is recorded). State is read by
    /// other threads without a lock (bool and int fields, each read atomic; the console shows a
    /// picture at most one frame old).
    /// Imbalance: the energy is then billed from the larger channel; <see cref="BillsFromNeutral"/>
    /// tells the metrology task (and the console) when that is the neutral.
    /// A sag excludes an interruption (a frame is one or the other) so one outage is one event.
    /// Current without voltage is current above the minimum current with V below 50 % Un, so a
    /// sag under load is only a sag; a missing neutral (V near 0, load current on the line) is
    /// both this and an interruption.
    /// </remarks>
    public sealed class SampleTamperDetector
    {
        private readonly TamperSettings _settings;
        private readonly IEventRecorder _recorder;
        private readonly PersistenceFilter[] _filters = new PersistenceFilter[TamperCondition.Count];
        private readonly bool[] _raw = new bool[TamperCondition.Count];
        private readonly int[] _raised = new int[TamperCondition.Count];
        private readonly long _sagMillivolts;
        private readonly long _interruptionMillivolts;
        private readonly long _missingMillivolts;
        private bool _neutralIsLarger;
        private long _frames;

        public SampleTamperDetector(TamperSettings settings, IEventRecorder recorder)
        {
            if (settings == null || recorder == null)
            {
                throw new ArgumentNullException(settings == null ? "settings" : "recorder");
            }

            _settings = settings;
            _recorder = recorder;
            for (int k = 0; k < TamperCondition.Count; k++)
            {
                _filters[k] = new PersistenceFilter(settings.RaiseFrames, settings.ClearFrames);
            }

            _sagMillivolts = settings.NominalVoltageMillivolts * 9 / 10;
            _interruptionMillivolts = settings.NominalVoltageMillivolts / 10;
            _missingMillivolts = settings.NominalVoltageMillivolts / 2;
        }

        /// <summary>Frames judged so far.</summary>
        public long Frames
        {
            get { return _frames; }
        }

        /// <summary>True when, in the last frame, the neutral channel carried more current than the line (bill from it when imbalanced).</summary>
        public bool NeutralIsLarger
        {
            get { return _neutralIsLarger; }
        }

        /// <summary>
        /// True while the imbalance condition is active and the neutral carried more current in
        /// the last frame judged: the metrology task then bills that frame from the neutral
        /// channel. False whenever the currents agree, however they compare.
        /// </summary>
        public bool BillsFromNeutral
        {
            get { return _neutralIsLarger && _filters[TamperCondition.CurrentImbalance].IsActive; }
        }

        /// <summary>The filtered state of <paramref name="condition"/> (a <see cref="TamperCondition"/> index).</summary>
        public bool IsActive(int condition)
        {
            return _filters[condition].IsActive;
        }

        /// <summary>How many times <paramref name="condition"/> has been raised since start.</summary>
        public int RaisedCount(int condition)
        {
            return _raised[condition];
        }

        /// <summary>Judges one frame; records an event for each condition whose filtered state changed.</summary>
        public void Update(Measurement m)
        {
            long line = m.CurrentMicroamps;
            long neutral = m.NeutralMicroamps;
            long larger = line > neutral ? line : neutral;
            long difference = line > neutral ? line - neutral : neutral - line;
            long volts = m.VoltageMillivolts;
            bool flowing = larger > _settings.MinimumCurrentMicroamps;
            _neutralIsLarger = neutral > line;

            _raw[TamperCondition.ReversePower] = m.ActiveMicrowatts < -_settings.ReversePowerMicrowatts;
            _raw[TamperCondition.CurrentImbalance] = flowing && difference * 100L > larger * _settings.ImbalancePercent;
            _raw[TamperCondition.CurrentWithoutVoltage] = flowing && volts < _missingMillivolts;
            _raw[TamperCondition.VoltageSag] = volts < _sagMillivolts && volts >= _interruptionMillivolts;
            _raw[TamperCondition.Interruption] = volts < _interruptionMillivolts;
            _frames++;

            for (int k = 0; k < TamperCondition.Count; k++)
            {
                if (_filters[k].Update(_raw[k]))
                {
                    Report(k, m);
                }
            }
        }

        private void Report(int condition, Measurement m)
        {
            bool active = _filters[condition].IsActive;
            if (active)
            {
                _raised[condition]++;
            }

            ushort code = active ? TamperCondition.RaisedCode(condition) : TamperCondition.ClearedCode(condition);
            _recorder.Record(code, "V=" + m.VoltageMillivolts.ToString() + "mV I=" + m.CurrentMicroamps.ToString() + "uA In=" + m.NeutralMicroamps.ToString() + "uA P=" + m.ActiveMicrowatts.ToString() + "uW");
        }
    }
}
