namespace Meter.SerialConsole
{
    /// <summary>
    /// The seam between the status command and the task runtime: a fresh snapshot of every
    /// supervised task, and the supervisor's own counters (Meter.Runtime.TaskSupervisor provides
    /// them through <see cref="SupervisorTaskStatus"/>).
    /// </summary>
    public interface ITaskStatusSource
    {
        TaskStatusRow[] GetTaskStatus();

        /// <summary>Exceptions the supervisor caught in its own loop.</summary>
        int SupervisorErrors { get; }

        /// <summary>Consecutive supervision passes on which the watchdog was not fed (0 while it is fed).</summary>
        int WatchdogWithheldChecks { get; }

        /// <summary>The critical task that stopped the last feed, or an empty string while the watchdog is fed.</summary>
        string WatchdogBlockedBy { get; }
    }
}
