namespace Meter.Runtime
{
    /// <summary>An immutable snapshot of one task for the console and diagnostics.</summary>
    public sealed class TaskStatus
    {
        public TaskStatus(
            string name,
            TaskPriority priority,
            bool isCritical,
            TaskState state,
            int restarts,
            string lastFault,
            long heartbeatAgeMilliseconds,
            int mailboxCount,
            int mailboxCapacity,
            int mailboxDropped)
        {
            Name = name;
            Priority = priority;
            IsCritical = isCritical;
            State = state;
            Restarts = restarts;
            LastFault = lastFault;
            HeartbeatAgeMilliseconds = heartbeatAgeMilliseconds;
            MailboxCount = mailboxCount;
            MailboxCapacity = mailboxCapacity;
            MailboxDropped = mailboxDropped;
        }

        public string Name { get; }

        public TaskPriority Priority { get; }

        public bool IsCritical { get; }

        public TaskState State { get; }

        public int Restarts { get; }

        /// <summary>The last fault ("ExceptionType: message" or "hung"), or an empty string.</summary>
        public string LastFault { get; }

        public long HeartbeatAgeMilliseconds { get; }

        public int MailboxCount { get; }

        public int MailboxCapacity { get; }

        public int MailboxDropped { get; }
    }
}
