using System;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Metrology;
using Meter.Metrology;
using Meter.SerialConsole;
using Meter.Storage;
using Meter.Tamper;

namespace Meter.Boot
{
    /// <summary>
    /// The meter's metrology chain on the board's front end: measurement with the stored
    /// calibration (<see cref="CalibrationStore"/>: <see cref="Calibration.Unity"/> until a
    /// calibration record exists; an unusable record also gives Unity and, on a writable store,
    /// an <see cref="EventCode.NvMemoryError"/>; loading never writes), no-load gate for
    /// class 0.5S at the meter's rating, energy registers in Wh, 1000 imp/kWh on the board's pulse
    /// output, and the registers' persistence in the record store, restored before the task runs.
    /// The metrology task never touches the store: it hands register snapshots and tamper events
    /// to the <see cref="StorageTask"/>, which writes them.
    /// <para>
    /// Stored registers that cannot be read (a damaged newest record, another version or scaling)
    /// are never overwritten: the meter records <see cref="EventCode.NvMemoryError"/>, meters from
    /// zero in memory (pulses and the console stay live) and persists nothing until a service
    /// intervention. Writing would replace the last known value with a lower one, and a
    /// register must never go backwards; the damaged record stays for a read-out. A read-only
    /// store likewise gets no writes (and no event: nothing may be written).
    /// </para>
    /// </summary>
    public sealed class MeterMetrology
    {
        /// <summary>Rated (basic) current In of the meter: 5 A.</summary>
        public const long RatedCurrentMicroamps = 5000000L;

        /// <summary>Reference voltage Un: 230 V.</summary>
        public const long RatedVoltageMillivolts = 230000L;

        /// <summary>Starting current of class 0.5S, 0.001 In (IEC 62053-22 §8.3.3).</summary>
        public const int StartingCurrentPerMille = 1;

        /// <summary>Register unit: 1 Wh (varh) = 1000 mWh.</summary>
        public const int MilliwattHoursPerUnit = 1000;

        /// <summary>Meter constant of the test output.</summary>
        public const int ImpulsesPerKilowattHour = 1000;

        /// <summary>Pulses one frame may start; more are owed to later frames.</summary>
        public const int MaxPulsesPerFrame = 8;

        /// <summary>Register persistence steps per Wh: a cut loses less than 0.5 Wh plus one frame.</summary>
        public const int PersistStepsPerUnit = 2;

        /// <summary>Tamper events queued by the metrology task for the storage task.</summary>
        public const int DeferredEventCapacity = 16;

        private MeterMetrology(EnergyRegisters registers, RegisterPersistence persistence, MetrologyTask task, StorageTask storage, bool restored, CalibrationStore calibration)
        {
            Storage = storage;
            CalibrationStore = calibration;
            Registers = registers;
            Persistence = persistence;
            Task = task;
            Restored = restored;
        }

        /// <summary>The registers; only the metrology task writes them (read them when it is stopped).</summary>
        public EnergyRegisters Registers { get; }

        public RegisterPersistence Persistence { get; }

        /// <summary>The stored calibration; changes go through it, then to <see cref="MetrologyTask.PostCalibration"/>.</summary>
        public CalibrationStore CalibrationStore { get; }

        public MetrologyTask Task { get; }

        /// <summary>Writes the register snapshots and tamper events the metrology task hands off (it never writes the store itself).</summary>
        public StorageTask Storage { get; }

        /// <summary>The registers continued from a stored record (false: a first boot or an unreadable record).</summary>
        public bool Restored { get; }

        /// <summary>Builds the chain and restores the registers; records NvMemoryError (when <paramref name="writable"/>) for an unreadable record.</summary>
        public static MeterMetrology Build(IBoard board, RecordStore store, EventLog events, IEventRecorder tamperLog, bool writable)
        {
            IMetrologyFrontEnd frontEnd = board.MetrologyFrontEnd;
            int sampleRate = frontEnd.SampleRateHz;
            EnergyRegisters registers = new EnergyRegisters(sampleRate, MilliwattHoursPerUnit);
            RegisterPersistence persistence = new RegisterPersistence(store, registers, PersistStepsPerUnit);
            bool restored = false;
            string unreadable = null;
            try
            {
                restored = persistence.Restore();
            }
            catch (StoreCorruptException)
            {
                unreadable = "energy registers corrupt, not persisted";
            }
            catch (InvalidOperationException)
            {
                unreadable = "energy registers unreadable, not persisted";
            }

            if (unreadable != null || !writable)
            {
                persistence.SuspendWrites();
            }

            if (unreadable != null && writable)
            {
                events.Record(EventCode.NvMemoryError, unreadable);
            }

            CalibrationStore calibration = new CalibrationStore(store, new EventLogRecorder(events));
            Calibration constants = calibration.Load();
            if (calibration.LoadProblem != null && writable)
            {
                events.Record(EventCode.NvMemoryError, calibration.LoadProblem);
            }

            if (calibration.ChangeCount < 0 && writable)
            {
                events.Record(EventCode.NvMemoryError, "calibration change counter corrupt, changes refused");
            }

            NoLoadDetector noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(RatedCurrentMicroamps, StartingCurrentPerMille, RatedVoltageMillivolts));
            PulseGenerator pulses = new PulseGenerator(board.PulseOutput, sampleRate, ImpulsesPerKilowattHour, MaxPulsesPerFrame);
            int framesPerSecond = sampleRate / frontEnd.FrameSamples;
            DeferredEventRecorder tamperEvents = new DeferredEventRecorder(DeferredEventCapacity);
            SampleTamperDetector tamper = new SampleTamperDetector(
                TamperSettings.For(RatedVoltageMillivolts, RatedCurrentMicroamps * StartingCurrentPerMille / 1000L),
                tamperEvents);
            StorageTask storage = new StorageTask(persistence, tamperEvents, writable ? tamperLog : new DiscardingEventRecorder());
            MetrologyTask task = new MetrologyTask(
                frontEnd,
                new FrameMeasurement(frontEnd, constants),
                noLoad,
                registers,
                pulses,
                persistence,
                framesPerSecond < 1 ? 1 : framesPerSecond,
                tamper);
            return new MeterMetrology(registers, persistence, task, storage, restored, calibration);
        }
    }
}
