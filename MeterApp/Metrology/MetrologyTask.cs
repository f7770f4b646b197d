using System;
using System.Threading;
using Meter.Hal.Metrology;
using Meter.Runtime;
using Meter.Tamper;

namespace Meter.Metrology
{
    /// <summary>
    /// The metrology task (highest priority, critical): each step reads one frame from the front
    /// end, measures it, gates it at no load, adds it to the energy registers and the pulse output
    /// and hands a register snapshot to the storage task when a persist step is due. A gap in the
    /// frame sequence numbers is a lost frame and is counted in <see cref="LostFrames"/> (it must
    /// stay 0).
    /// </summary>
    /// <remarks>
    /// Publishing: <see cref="Latest"/> is an immutable <see cref="MeasurementSnapshot"/> swapped by
    /// reference once every <c>snapshotEveryFrames</c> frames (about once a second), so steady-state
    /// frames allocate nothing and a publishing frame allocates one small object. Readers on other
    /// threads need no lock: a reference write is atomic and the object never changes.
    /// <para>
    /// Isolation (DESIGN §4): a step never waits on another task. It touches no shared lock that another task
    /// can hold for long: register snapshots go through a lock-free handoff
    /// (<see cref="RegisterPersistence.Update"/>), the tamper detector's events through a queue
    /// (<see cref="Meter.Events.DeferredEventRecorder"/>), both written by the
    /// <see cref="StorageTask"/>; the supervisor's heartbeat is lock-free, and the mailbox (whose
    /// lock status readers also take) is opened only after a calibration was posted.
    /// </para>
    /// The owner restores the registers (<see cref="RegisterPersistence.Restore"/>) before the task
    /// first runs; a restart keeps the registers in memory, which only this task writes.
    /// </remarks>
    public sealed class MetrologyTask : MeterTask, IMeasurementSource
    {
        /// <summary>Longest wait for a frame in one step, well inside the heartbeat timeout.</summary>
        public const int ReadTimeoutMilliseconds = 100;

        private const int HeartbeatMilliseconds = 2000;

        private readonly IMetrologyFrontEnd _frontEnd;
        private readonly FrameMeasurement _measurement;
        private readonly NoLoadDetector _noLoad;
        private readonly EnergyRegisters _registers;
        private readonly PulseGenerator _pulses;
        private readonly RegisterPersistence _persistence;
        private readonly int _snapshotEveryFrames;
        private readonly SampleTamperDetector _tamper;
        private readonly MetrologyFrame _frame = new MetrologyFrame();
        private readonly Measurement _current = new Measurement();
        private MeasurementSnapshot _latest;
        private long _nextSequence = -1;
        private long _lostFrames;
        private long _frames;
        private int _posted;

        public MetrologyTask(
            IMetrologyFrontEnd frontEnd,
            FrameMeasurement measurement,
            NoLoadDetector noLoad,
            EnergyRegisters registers,
            PulseGenerator pulses,
            RegisterPersistence persistence,
            int snapshotEveryFrames)
            : this(frontEnd, measurement, noLoad, registers, pulses, persistence, snapshotEveryFrames, null)
        {
        }

        /// <summary>
        /// As the other constructor, with a tamper detector fed every measured frame (null for none).
        /// It judges each frame before its energy is registered, so that while it reports L/N
        /// imbalance with the neutral larger (<see cref="SampleTamperDetector.BillsFromNeutral"/>)
        /// the frame's active energy is billed from the neutral channel; reactive energy stays on
        /// the line channel (the frame has no delayed-voltage product for the neutral). It runs on
        /// this task's thread and allocates nothing unless a condition changes; give it a recorder
        /// that does not write the store on this thread (a
        /// <see cref="Meter.Events.DeferredEventRecorder"/> drained by the storage task).
        /// </summary>
        public MetrologyTask(
            IMetrologyFrontEnd frontEnd,
            FrameMeasurement measurement,
            NoLoadDetector noLoad,
            EnergyRegisters registers,
            PulseGenerator pulses,
            RegisterPersistence persistence,
            int snapshotEveryFrames,
            SampleTamperDetector tamper)
            : base("metrology", TaskPriority.Metrology, true, HeartbeatMilliseconds, 1, MailboxOverflow.DropOldest)
        {
            if (frontEnd == null || measurement == null || noLoad == null || registers == null || pulses == null || persistence == null)
            {
                throw new ArgumentNullException(frontEnd == null ? "frontEnd" : "metrology part");
            }

            if (snapshotEveryFrames < 1)
            {
                throw new ArgumentOutOfRangeException("snapshotEveryFrames");
            }

            _frontEnd = frontEnd;
            _measurement = measurement;
            _noLoad = noLoad;
            _registers = registers;
            _pulses = pulses;
            _persistence = persistence;
            _snapshotEveryFrames = snapshotEveryFrames;
            _tamper = tamper;
        }

        /// <summary>The tamper detector fed each frame, or null.</summary>
        public SampleTamperDetector Tamper
        {
            get { return _tamper; }
        }

        /// <summary>The latest published measurement, or null before the first frame.</summary>
        public MeasurementSnapshot Latest
        {
            get { return _latest; }
        }

        /// <summary>Frames missing from the sequence so far.</summary>
        public long LostFrames
        {
            get { return _lostFrames; }
        }

        /// <summary>Frames processed so far.</summary>
        public long Frames
        {
            get { return _frames; }
        }

        /// <summary>The calibration the next frame is measured with.</summary>
        public Calibration Calibration
        {
            get { return _measurement.Calibration; }
        }

        /// <summary>
        /// Hands a new calibration to the task from any thread, without waiting: it is taken from
        /// the mailbox (capacity 1, the newest wins) and applied before the next frame is
        /// measured, so no frame mixes two calibrations and none is lost. Persist it first.
        /// </summary>
        public void PostCalibration(Calibration calibration)
        {
            if (calibration == null)
            {
                throw new ArgumentNullException("calibration");
            }

            Mailbox.Post(calibration);
            Interlocked.Exchange(ref _posted, 1);
        }

        /// <summary>Applies a posted calibration if any, then reads and processes one frame; false when none was ready within the timeout.</summary>
        public bool ProcessNextFrame(int timeoutMilliseconds)
        {
            // The mailbox's lock is shared with status readers: take it only when something was posted.
            if (Interlocked.Exchange(ref _posted, 0) != 0)
            {
                Calibration posted = Mailbox.TryTake() as Calibration;
                if (posted != null)
                {
                    _measurement.SetCalibration(posted);
                }
            }

            if (!_frontEnd.TryReadFrame(_frame, timeoutMilliseconds))
            {
                return false;
            }

            if (_nextSequence >= 0 && _frame.Sequence != _nextSequence)
            {
                long gap = _frame.Sequence - _nextSequence;
                _lostFrames += gap > 0 ? gap : 1;
            }

            _nextSequence = _frame.Sequence + 1;
            _measurement.Measure(_frame, _current);

            // A frame the front end could not measure (a metering chip being reconfigured) says
            // nothing about the supply; judging its zero sums would raise a false interruption.
            if (_tamper != null && (_frame.OverRange & OverRangeFlags.FrontEndFault) == 0)
            {
                _tamper.Update(_current);
                _current.BilledFromNeutral = _tamper.BillsFromNeutral;
            }

            // Under L/N imbalance with the neutral larger (the line bypassed), bill the neutral's
            // own Σv·in and gate on its current, as a two-channel metering chip does.
            bool neutral = _current.BilledFromNeutral;
            _noLoad.Update(neutral ? _current.NeutralMicroamps : _current.CurrentMicroamps);
            long active = _noLoad.Gate(neutral ? _current.NeutralActiveMicrowatts : _current.ActiveMicrowatts);
            long reactive = _noLoad.Gate(_current.ReactiveMicrovars);
            int samples = _current.SampleCount;
            _registers.Add(active, reactive, samples);
            _pulses.Add(active > 0 ? active : 0, samples);
            _persistence.Update();
            _frames++;
            if ((_frames - 1) % _snapshotEveryFrames == 0)
            {
                _latest = new MeasurementSnapshot(_current, _registers, _frames, _lostFrames);
            }

            return true;
        }

        /// <inheritdoc />
        protected internal override void Step(TaskContext context)
        {
            ProcessNextFrame(ReadTimeoutMilliseconds);
        }
    }
}
