namespace Meter.Runtime
{
    /// <summary>
    /// A unit of isolation: one thread, one bounded mailbox, one priority, a heartbeat. The
    /// runtime calls <see cref="Step"/> in a loop; each call does one bounded piece of work
    /// (handle a message, process a frame) and returns well within the heartbeat timeout.
    /// Tasks share no mutable state: they talk by posting immutable messages to mailboxes.
    /// </summary>
    public abstract class MeterTask
    {
        protected MeterTask(
            string name,
            TaskPriority priority,
            bool isCritical,
            int heartbeatTimeoutMilliseconds,
            int mailboxCapacity,
            MailboxOverflow overflow)
        {
            Name = name;
            Priority = priority;
            IsCritical = isCritical;
            HeartbeatTimeoutMilliseconds = heartbeatTimeoutMilliseconds;
            Mailbox = new Mailbox(mailboxCapacity, overflow);
        }

        public string Name { get; }

        public TaskPriority Priority { get; }

        /// <summary>The watchdog is fed only while every critical task heartbeats.</summary>
        public bool IsCritical { get; }

        public int HeartbeatTimeoutMilliseconds { get; }

        public Mailbox Mailbox { get; }

        /// <summary>
        /// Runs on the task's thread before the first step of every run, including restarts:
        /// rebuild working state here (from the record store), never trust what a faulted run left.
        /// The run counts as alive only from its first heartbeat (the runner beats before the first
        /// step), so a long OnStart calls <see cref="TaskContext.Heartbeat"/>.
        /// </summary>
        protected internal virtual void OnStart(TaskContext context)
        {
        }

        /// <summary>One bounded piece of work. An exception ends this run; the supervisor restarts it.</summary>
        protected internal abstract void Step(TaskContext context);
    }
}
