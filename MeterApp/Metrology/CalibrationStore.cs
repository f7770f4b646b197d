using System;
using Meter.Events;
using Meter.SerialConsole;
using Meter.Storage;

namespace Meter.Metrology
{
    /// <summary>
    /// The calibration in the record store (<see cref="RecordKeys.Calibration"/>), its change
    /// counter (<see cref="RecordKeys.CalibrationChangeCount"/>) and the audit trail of changes
    /// (<see cref="EventCode.CalibrationChanged"/>, one event per changed field with old and new
    /// value). Loading never writes, so a read-only boot may load.
    /// <para>
    /// A missing record means a meter never calibrated: <see cref="Calibration.Unity"/>. A record
    /// that is corrupt or unreadable (damaged, another version, a value out of range) also gives
    /// Unity, so the meter keeps metering, but never silently: <see cref="LoadProblem"/> says why
    /// and boot records <see cref="EventCode.NvMemoryError"/>. The damaged record is not
    /// overwritten by loading; the next <see cref="Change"/> (a recalibration) replaces it.
    /// </para>
    /// </summary>
    public sealed class CalibrationStore
    {
        private readonly object _sync = new object();
        private readonly RecordStore _store;
        private readonly IEventRecorder _events;
        private readonly PersistentCounter _changes;
        private readonly byte[] _buffer;
        private Calibration _current = Calibration.Unity;
        private string _loadProblem;

        /// <param name="store">The mounted record store.</param>
        /// <param name="events">Where changes are recorded (the meter's event log).</param>
        public CalibrationStore(RecordStore store, IEventRecorder events)
        {
            if (store == null || events == null)
            {
                throw new ArgumentNullException(store == null ? "store" : "events");
            }

            _store = store;
            _events = events;
            _buffer = new byte[store.MaxPayloadLength];
            store.Claim(RecordKeys.Calibration, 1, "calibration");
            _changes = new PersistentCounter(store, RecordKeys.CalibrationChangeCount);
        }

        /// <summary>The calibration last loaded or changed.</summary>
        public Calibration Current
        {
            get { lock (_sync) { return _current; } }
        }

        /// <summary>Null when the last <see cref="Load"/> found a usable record or none; else why Unity was used instead.</summary>
        public string LoadProblem
        {
            get { lock (_sync) { return _loadProblem; } }
        }

        /// <summary>Calibration changes made so far; -1 when the counter's record is corrupt (changes are then refused).</summary>
        public long ChangeCount
        {
            get { return _changes.IsCorrupt ? -1 : _changes.Value; }
        }

        /// <summary>Reads the stored calibration (Unity when absent or unusable, see <see cref="LoadProblem"/>).</summary>
        public Calibration Load()
        {
            lock (_sync)
            {
                _loadProblem = null;
                Calibration loaded = null;
                if (_store.IsCorrupt(RecordKeys.Calibration))
                {
                    _loadProblem = "calibration record corrupt, using unity";
                }
                else
                {
                    int length = _store.Read(RecordKeys.Calibration, _buffer, 0);
                    if (length >= 0)
                    {
                        loaded = CalibrationRecord.Decode(_buffer, 0, length);
                        if (loaded == null)
                        {
                            _loadProblem = "calibration record invalid, using unity";
                        }
                    }
                }

                _current = loaded == null ? Calibration.Unity : loaded;
                return _current;
            }
        }

        /// <summary>
        /// Makes <paramref name="next"/> the stored calibration: counts the change, writes the
        /// record, then records one <see cref="EventCode.CalibrationChanged"/> per changed field
        /// ("iG 1.000000->1.002300 by console"). Nothing changes when no field differs. Returns
        /// the number of changed fields.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A value is outside what may be stored (<see cref="CalibrationRecord.OutOfRange"/>).</exception>
        /// <exception cref="StoreCorruptException">The change counter is corrupt: changes are refused until it is recovered.</exception>
        public int Change(Calibration next, string who)
        {
            string bad = CalibrationRecord.OutOfRange(next);
            if (bad != null)
            {
                throw new ArgumentOutOfRangeException(bad);
            }

            lock (_sync)
            {
                Calibration old = _current;
                string by = who == null || who.Length == 0 ? string.Empty : " by " + who;
                string[] details = new string[6];
                int changed = 0;
                if (next.VoltageGain != old.VoltageGain)
                {
                    details[changed++] = "vG " + CalibrationText.FormatGain(old.VoltageGain) + "->" + CalibrationText.FormatGain(next.VoltageGain) + by;
                }

                if (next.CurrentGain != old.CurrentGain)
                {
                    details[changed++] = "iG " + CalibrationText.FormatGain(old.CurrentGain) + "->" + CalibrationText.FormatGain(next.CurrentGain) + by;
                }

                if (next.NeutralGain != old.NeutralGain)
                {
                    details[changed++] = "nG " + CalibrationText.FormatGain(old.NeutralGain) + "->" + CalibrationText.FormatGain(next.NeutralGain) + by;
                }

                if (next.CurrentOffsetMicroamps != old.CurrentOffsetMicroamps)
                {
                    details[changed++] = "iOff " + CalibrationText.FormatOffset(old.CurrentOffsetMicroamps) + "->" + CalibrationText.FormatOffset(next.CurrentOffsetMicroamps) + by;
                }

                if (next.NeutralOffsetMicroamps != old.NeutralOffsetMicroamps)
                {
                    details[changed++] = "nOff " + CalibrationText.FormatOffset(old.NeutralOffsetMicroamps) + "->" + CalibrationText.FormatOffset(next.NeutralOffsetMicroamps) + by;
                }

                if (next.PhaseMicroradians != old.PhaseMicroradians)
                {
                    details[changed++] = "ph " + CalibrationText.FormatPhase(old.PhaseMicroradians) + "->" + CalibrationText.FormatPhase(next.PhaseMicroradians) + by;
                }

                if (changed == 0)
                {
                    return 0;
                }

                // Counted first: a change that reaches the store is always counted.
                _changes.Increment();
                int length = CalibrationRecord.Encode(next, _buffer, 0);
                _store.Write(RecordKeys.Calibration, _buffer, 0, length);
                _current = next;
                _loadProblem = null;
                for (int k = 0; k < changed; k++)
                {
                    _events.Record(EventCode.CalibrationChanged, details[k]);
                }

                return changed;
            }
        }
    }
}
