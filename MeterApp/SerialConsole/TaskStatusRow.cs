namespace Meter.SerialConsole
{
    /// <summary>One task as the status command shows it, copied from the runtime supervisor's snapshot.</summary>
    public sealed class TaskStatusRow
    {
        public TaskStatusRow(string name, string state, int priority, int restarts, string lastFault, long heartbeatAgeMilliseconds, int mailboxDepth, int mailboxCapacity, long mailboxDrops)
        {
            Name = name;
            State = state;
            Priority = priority;
            Restarts = restarts;
            LastFault = lastFault == null ? string.Empty : lastFault;
            HeartbeatAgeMilliseconds = heartbeatAgeMilliseconds;
            MailboxDepth = mailboxDepth;
            MailboxCapacity = mailboxCapacity;
            MailboxDrops = mailboxDrops;
        }

        public string Name { get; }

        /// <summary>
        /// The task's state in words as the runtime's TaskState names it: created, running, faulted
        /// (restarts when its backoff ends), hung (abandoned, restart pending) or stopped; a '*'
        /// after it marks a critical task.
        /// </summary>
        public string State { get; }

        /// <summary>0 is the highest (metrology), as Meter.Runtime.TaskPriority numbers them.</summary>
        public int Priority { get; }

        public int Restarts { get; }

        /// <summary>The last fault, or an empty string.</summary>
        public string LastFault { get; }

        /// <summary>Time since the last heartbeat while the task is running; -1 in any other state.</summary>
        public long HeartbeatAgeMilliseconds { get; }

        public int MailboxDepth { get; }

        public int MailboxCapacity { get; }

        public long MailboxDrops { get; }
    }
}
