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

        /// <summary>The task's state in words (running, faulted, backing off...).</summary>
        public string State { get; }

        /// <summary>0 is the highest (metrology), as Meter.Runtime.TaskPriority numbers them.</summary>
        public int Priority { get; }

        public int Restarts { get; }

        /// <summary>The last fault, or an empty string.</summary>
        public string LastFault { get; }

        /// <summary>Time since the last heartbeat, or -1 before the first.</summary>
        public long HeartbeatAgeMilliseconds { get; }

        public int MailboxDepth { get; }

        public int MailboxCapacity { get; }

        public long MailboxDrops { get; }
    }
}
