namespace Meter.Runtime
{
    /// <summary>An immutable snapshot of one task for the console and diagnostics.</summary>
    public sealed class TaskStatus
    {
        /// <summary>
        /// <see cref="LastFault"/> when even describing the exception failed (its Message threw,
        /// or there was no memory left to build the text).
        /// </summary>
        public const string UndescribedFault = "fault (no description)";

        public TaskStatus(
            string name,
            TaskPriority priority,
            bool isCritical,
            TaskState state,
            int restarts,
            int consecutiveFailures,
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
            ConsecutiveFailures = consecutiveFailures;
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

        /// <summary>
        /// Failures since the task last ran stably (<see cref="SupervisorSettings.StableRunMilliseconds"/>);
        /// they set the next restart's backoff (<see cref="RestartBackoff"/>).
        /// </summary>
        public int ConsecutiveFailures { get; }

        /// <summary>
        /// The last fault ("ExceptionType: message", "hung: ..." or <see cref="UndescribedFault"/>),
        /// or an empty string.
        /// </summary>
        public string LastFault { get; }

        /// <summary>Time since the current run's last heartbeat (never negative), or -1 when not running.</summary>
        public long HeartbeatAgeMilliseconds { get; }

        public int MailboxCount { get; }

        public int MailboxCapacity { get; }

        public int MailboxDropped { get; }
    }
}
