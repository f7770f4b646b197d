using Meter.Runtime;

namespace Meter.Benchmarks
{
    /// <summary>
    /// A supervised task that is never started: it only gives the status command a row to print
    /// (name, priority, mailbox) from the real supervisor snapshot.
    /// </summary>
    public sealed class IdleTask : MeterTask
    {
        public IdleTask(string name, TaskPriority priority, int mailboxCapacity)
            : base(name, priority, true, 5000, mailboxCapacity, MailboxOverflow.DropOldest)
        {
        }

        protected override void Step(TaskContext context)
        {
            context.Heartbeat();
        }
    }
}
