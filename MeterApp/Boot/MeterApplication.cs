using Meter.Events;
using Meter.Hal.Board;
using Meter.Identity;
using Meter.Runtime;
using Meter.SerialConsole;
using Meter.Storage;

namespace Meter.Boot
{
    /// <summary>
    /// The composition root shared by the device and the host entry points: mounts the record
    /// store, opens the event log, counts the boot, builds the tasks and their supervisor. The
    /// entry point adds board-specific pieces (the virtual board's sim command) through
    /// <see cref="Console"/> before <see cref="Start"/>.
    /// </summary>
    public sealed class MeterApplication
    {
        private MeterApplication(IBoard board, RecordStore store, MountReport mount, EventLog events, long bootCount, TaskSupervisor supervisor, MeterConsole console)
        {
            Board = board;
            Store = store;
            Mount = mount;
            Events = events;
            BootCount = bootCount;
            Supervisor = supervisor;
            Console = console;
        }

        public IBoard Board { get; }

        public RecordStore Store { get; }

        /// <summary>What mounting the store found: recovered sectors, skipped torn writes, a blank flash.</summary>
        public MountReport Mount { get; }

        public EventLog Events { get; }

        /// <summary>Boots of this meter, this one included (persistent, never goes backwards).</summary>
        public long BootCount { get; }

        public TaskSupervisor Supervisor { get; }

        public MeterConsole Console { get; }

        /// <summary>
        /// Brings the meter up to the point where its tasks can start. Never throws on corrupt
        /// flash: the mount recovers what it can and the event log records what it did.
        /// </summary>
        public static MeterApplication Boot(IBoard board, SoftwareIdentity identity, ConsoleOptions consoleOptions, int pbkdf2Iterations)
        {
            RecordStore store = new RecordStore(board.Flash);
            MountReport mount = store.Mount();
            EventLog events = new EventLog(store, board.Rtc);
            long bootCount = new PersistentCounter(store, RecordKeys.BootCount).Increment();

            events.Record(EventCode.PowerUp, "boot " + bootCount.ToString());
            if (!mount.IsClean)
            {
                events.Record(EventCode.StoreRecovered, Summarize(mount));
            }

            TaskSupervisor supervisor = new TaskSupervisor(board.Clock, new WatchdogKeeper(board.Watchdog), SupervisorSettings.Default);
            supervisor.TaskRestarted += (name, reason, restarts) => events.Record(EventCode.TaskRestarted, name + " #" + restarts.ToString() + " " + reason);

            MeterConsole console = new MeterConsole(board, identity, supervisor, store, events, consoleOptions, pbkdf2Iterations);
            supervisor.Add(console.Task);
            return new MeterApplication(board, store, mount, events, bootCount, supervisor, console);
        }

        /// <summary>Starts the tasks, the supervisor and the watchdog.</summary>
        public void Start()
        {
            Supervisor.Start();
        }

        /// <summary>An orderly shutdown (the host's Ctrl-C, a requested reboot): tasks stop after their current step.</summary>
        public void Stop()
        {
            Halt();
            Events.Record(EventCode.PowerDown, "orderly shutdown");
        }

        /// <summary>
        /// Stops the tasks without a shutdown record: what a reset does (the virtual board's
        /// watchdog expiry). The next boot logs why it started.
        /// </summary>
        public void Halt()
        {
            Supervisor.Stop();
        }

        private static string Summarize(MountReport mount)
        {
            return "skipped " + mount.CorruptAreasSkipped.ToString() + " erased " + mount.SectorsErased.ToString()
                + (mount.CompactionResumed ? " resumed" : string.Empty)
                + (mount.CompactionRolledBack ? " rolled back" : string.Empty);
        }
    }
}
