using System;
using Meter.Runtime;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The status command's view of the <see cref="TaskSupervisor"/>: its snapshot row by row,
    /// its error count and its watchdog keeper's state, read from their public properties.
    /// </summary>
    public sealed class SupervisorTaskStatus : ITaskStatusSource
    {
        private readonly TaskSupervisor _supervisor;

        public SupervisorTaskStatus(TaskSupervisor supervisor)
        {
            if (supervisor == null)
            {
                throw new ArgumentNullException("supervisor");
            }

            _supervisor = supervisor;
        }

        public int SupervisorErrors
        {
            get { return _supervisor.SupervisorErrors; }
        }

        public int WatchdogWithheldChecks
        {
            get { return _supervisor.Watchdog.WithheldChecks; }
        }

        public string WatchdogBlockedBy
        {
            get { return _supervisor.Watchdog.BlockedBy; }
        }

        public TaskStatusRow[] GetTaskStatus()
        {
            TaskStatus[] snapshot = _supervisor.Snapshot();
            TaskStatusRow[] rows = new TaskStatusRow[snapshot.Length];
            for (int i = 0; i < snapshot.Length; i++)
            {
                TaskStatus s = snapshot[i];
                rows[i] = new TaskStatusRow(
                    s.Name,
                    StateName(s.State) + (s.IsCritical ? "*" : string.Empty),
                    (int)s.Priority,
                    s.Restarts,
                    s.LastFault,
                    s.HeartbeatAgeMilliseconds,
                    s.MailboxCount,
                    s.MailboxCapacity,
                    s.MailboxDropped);
            }

            return rows;
        }

        /// <summary>The state in words (Enum.ToString prints only the number on the device).</summary>
        public static string StateName(TaskState state)
        {
            switch (state)
            {
                case TaskState.Created:
                    return "created";
                case TaskState.Running:
                    return "running";
                case TaskState.Faulted:
                    return "faulted";
                case TaskState.Hung:
                    return "hung";
                case TaskState.Stopped:
                    return "stopped";
                default:
                    return "state " + (int)state;
            }
        }
    }
}
