using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Io;
using Meter.Identity;
using Meter.Metrology;
using Meter.Profiles;
using Meter.Runtime;
using Meter.Security;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;
using Meter.Storage;
using Meter.Tamper;

namespace Meter.Boot
{
    /// <summary>
    /// The composition root shared by the device and the host entry points: mounts the record
    /// store, opens the event log, counts the boot, builds the tasks and their supervisor. The
    /// entry point adds board-specific pieces (the virtual board's sim command) through
    /// <see cref="Console"/> before <see cref="Start"/>.
    /// <para>
    /// Boot never stops on what the flash holds. A read-only store (a sector of a newer format
    /// version, as after a firmware downgrade; <see cref="MountReport.RefusedUnknownVersion"/>)
    /// is left untouched: the boot is not counted (<see cref="BootCount"/> is the stored count),
    /// no event is recorded (power up, task restarts, power down), and the console still answers
    /// so the meter can be diagnosed; login fails because the attempt counter cannot count.
    /// Corrupt keys or sector headers found at mount are recorded as
    /// <see cref="EventCode.NvMemoryError"/>; a corrupt boot counter is not guessed at
    /// (<see cref="BootCount"/> is -1 and stays so until the key is rewritten).
    /// </para>
    /// <para>
    /// The metrology task (<see cref="MeterMetrology"/>) is the supervisor's first task: highest
    /// priority and critical; the storage task that writes what it hands off is the second. The
    /// registers are restored before they start and flushed by <see cref="Stop"/> once every task
    /// has ended.
    /// </para>
    /// </summary>
    public sealed class MeterApplication
    {
        private MeterApplication(IBoard board, RecordStore store, MountReport mount, EventLog events, EventLog fraudLog, LoadProfileCapture loadProfile, long bootCount, MeterMetrology metrology, MeterCrypto crypto, MeterDlms dlms, InputTamperMonitor inputTamper, TaskSupervisor supervisor, MeterConsole console)
        {
            Dlms = dlms;
            InputTamper = inputTamper;
            Board = board;
            Store = store;
            Mount = mount;
            Events = events;
            FraudLog = fraudLog;
            LoadProfile = loadProfile;
            BootCount = bootCount;
            MeterMetrology = metrology;
            Supervisor = supervisor;
            Console = console;
            Crypto = crypto;
        }

        public IBoard Board { get; }

        public RecordStore Store { get; }

        /// <summary>What mounting the store found: recovered sectors, skipped torn writes, a blank flash.</summary>
        public MountReport Mount { get; }

        /// <summary>The standard event log (0.0.99.98.0.255).</summary>
        public EventLog Events { get; }

        /// <summary>The fraud detection log (0.0.99.98.1.255): tamper and security events, kept apart so a flood of ordinary events cannot evict them.</summary>
        public EventLog FraudLog { get; }

        /// <summary>The load profile (1.0.99.1.0.255) and its capture schedule.</summary>
        public LoadProfileCapture LoadProfile { get; }

        /// <summary>
        /// Boots of this meter, this one included (persistent, never goes backwards); in a
        /// read-only store the stored count without this boot; -1 when the stored count is corrupt.
        /// </summary>
        public long BootCount { get; }

        /// <summary>The store refuses writes (see the class comment): nothing this boot does is persisted.</summary>
        public bool IsReadOnly
        {
            get { return Store.IsReadOnly; }
        }

        /// <summary>The metrology chain: registers, their persistence, the task.</summary>
        public MeterMetrology MeterMetrology { get; }

        /// <summary>The metrology task (its latest measurement, frame counters).</summary>
        public MetrologyTask Metrology
        {
            get { return MeterMetrology.Task; }
        }

        /// <summary>Tamper judged from the samples (reverse, imbalance, current without voltage, sag, interruption), fed by the metrology task.</summary>
        public SampleTamperDetector Tamper
        {
            get { return MeterMetrology.Task.Tamper; }
        }

        /// <summary>Tamper from the cover, terminal-cover and magnetic inputs.</summary>
        public InputTamperMonitor InputTamper { get; }

        /// <summary>Providers, self-test state, key store and device keys.</summary>
        public MeterCrypto Crypto { get; }

        /// <summary>The DLMS/COSEM server and its transports.</summary>
        public MeterDlms Dlms { get; }

        public TaskSupervisor Supervisor { get; }

        public MeterConsole Console { get; }

        /// <summary>
        /// Brings the meter up to the point where its tasks can start. Corrupt flash never makes it
        /// throw: the mount recovers what it can and the event log records what it did. A failing
        /// flash driver or a store too full for the boot records can; the device entry point then
        /// resets the board.
        /// </summary>
        public static MeterApplication Boot(IBoard board, SoftwareIdentity identity, ConsoleOptions consoleOptions, int pbkdf2Iterations, DlmsOptions dlmsOptions)
        {
            RecordStore store = new RecordStore(board.Flash);
            MountReport mount = store.Mount();
            bool writable = !store.IsReadOnly;
            EventLog events = new EventLog(store, board.Rtc);
            EventLog fraudLog = new EventLog(store, board.Rtc, RecordKeys.FraudDetectionLogFirstSlot, EventLog.DefaultCapacity);

            // Tamper and security events go to the fraud detection log, the rest to the standard one.
            // Security and tamper events also raise alarm pushes (rate limited).
            MeterPush push = new MeterPush(board);
            IEventRecorder recorder = writable ? push.WithAlarms(new EventLogRouter(events, fraudLog)) : new DiscardingEventRecorder();
            long bootCount = CountBoot(new PersistentCounter(store, RecordKeys.BootCount), writable);
            if (writable)
            {
                events.Record(EventCode.PowerUp, bootCount < 0 ? "boot count corrupt" : "boot " + bootCount.ToString());
                if (mount.CorruptKeys > 0 || mount.DamagedHeaderSectors > 0)
                {
                    events.Record(EventCode.NvMemoryError, Summarize(mount));
                }
                else if (!mount.IsClean)
                {
                    events.Record(EventCode.StoreRecovered, Summarize(mount));
                }
            }

            MeterMetrology metrology = MeterMetrology.Build(board, store, events, recorder, writable);
            MeterCrypto crypto = MeterCrypto.Build(board, store, recorder, writable);
            TaskSupervisor supervisor = new TaskSupervisor(board.Clock, new WatchdogKeeper(board.Watchdog), SupervisorSettings.Default);
            if (writable)
            {
                // Faults are logged when found, so the log names the task even if the watchdog
                // resets the board before the restart.
                supervisor.TaskFaulted += (name, reason) => events.Record(EventCode.TaskFaulted, name + " " + reason);
                supervisor.TaskRestarted += (name, reason, restarts) => events.Record(EventCode.TaskRestarted, name + " #" + restarts.ToString());
            }

            supervisor.Add(metrology.Task);
            supervisor.Add(metrology.Storage);
            LoadProfileCapture loadProfile = new LoadProfileCapture(new LoadProfileRing(store), metrology.Task, board.Rtc, board.Clock, LoadProfileCapture.DefaultPeriodSeconds);
            if (writable)
            {
                supervisor.Add(new LoadProfileTask(loadProfile));
            }

            ICosemObject[] profiles = ProfileObjects.Build(loadProfile, events, fraudLog);
            MeterDlms dlms = MeterDlms.Build(board, store, recorder, writable, metrology.Task, identity, profiles, push, dlmsOptions);
            supervisor.Add(dlms.WrapperTask);
            supervisor.Add(dlms.HdlcTask);
            supervisor.Add(push.Task);
            InputTamperMonitor inputTamper = new InputTamperMonitor(
                recorder,
                new IDigitalInput[] { board.GetInput(DigitalInputId.MainCover), board.GetInput(DigitalInputId.TerminalCover), board.GetInput(DigitalInputId.MagneticSensor) });
            inputTamper.Start();
            MeterConsole console = new MeterConsole(board, identity, supervisor, store, events, metrology.Task, consoleOptions, pbkdf2Iterations);
            console.Commands.Add(new EventsCommand("fraud", fraudLog, "fraud detection events (tamper, security)"));
            console.Commands.Add(new CalibCommand(metrology.CalibrationStore));
            console.Commands.Add(new CalibSetCommand(metrology.CalibrationStore, metrology.Task));
            console.Commands.Add(new TamperCommand(metrology.Task.Tamper, inputTamper));
            console.Commands.Add(new CryptoCommand(crypto));
            console.Commands.Add(new SelfTestCommand(crypto));
            console.Commands.Add(new DlmsCommand(dlms));
            console.ProvisionAtFirstBoot(mount.WasBlank);
            supervisor.Add(console.Task);
            return new MeterApplication(board, store, mount, events, fraudLog, loadProfile, bootCount, metrology, crypto, dlms, inputTamper, supervisor, console);
        }

        /// <summary>
        /// Starts the tasks, the supervisor and the watchdog, then (on the caller's thread, below
        /// the metrology task's priority) the crypto self-test and key provisioning, so metering
        /// starts first, and last the DLMS server (its transports refuse connections until then).
        /// </summary>
        public void Start()
        {
            Supervisor.Start();
            Crypto.Initialize();
            Dlms.Activate(Crypto);
        }

        /// <summary>
        /// An orderly shutdown (the host's Ctrl-C, a requested reboot): tasks stop after their
        /// current step, then the energy registers and queued tamper events are flushed (only when
        /// every task ended: the metrology task owns the registers) before the power-down record. Returns false when a task
        /// thread did not end (it may still write).
        /// </summary>
        public bool Stop()
        {
            bool ended = Halt();
            if (ended)
            {
                MeterMetrology.Storage.Flush();
            }

            if (!Store.IsReadOnly)
            {
                Events.Record(EventCode.PowerDown, "orderly shutdown");
            }

            return ended;
        }

        /// <summary>
        /// Stops the tasks without a shutdown record: what a reset does (the virtual board's
        /// watchdog expiry). The next boot logs why it started.
        /// </summary>
        public bool Halt()
        {
            bool ended = Supervisor.Stop();
            Dlms.Stop();
            return ended;
        }

        // This boot's count; the stored one when nothing may be written, -1 when it is corrupt.
        private static long CountBoot(PersistentCounter counter, bool writable)
        {
            if (counter.IsCorrupt)
            {
                return -1;
            }

            return writable ? counter.Increment() : counter.Value;
        }

        private static string Summarize(MountReport mount)
        {
            return "skipped " + mount.CorruptAreasSkipped.ToString() + " erased " + mount.SectorsErased.ToString()
                + (mount.CorruptKeys > 0 ? " corrupt keys " + mount.CorruptKeys.ToString() : string.Empty)
                + (mount.DamagedHeaderSectors > 0 ? " damaged headers " + mount.DamagedHeaderSectors.ToString() : string.Empty)
                + (mount.CompactionResumed ? " resumed" : string.Empty)
                + (mount.CompactionRolledBack ? " rolled back" : string.Empty);
        }
    }
}
