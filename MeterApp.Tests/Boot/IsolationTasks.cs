using System.Threading;
using Meter.Events;
using Meter.Runtime;

namespace Meter.Tests.Boot
{
    /// <summary>A console-level task that writes events to the store as fast as it can (and so triggers compactions).</summary>
    internal sealed class StoreHammerTask : MeterTask
    {
        private readonly EventLog _log;

        public StoreHammerTask(EventLog log)
            : base("hammer", TaskPriority.Console, false, 30000, 1, MailboxOverflow.DropOldest)
        {
            _log = log;
        }

        public int Events;

        protected override void Step(TaskContext context)
        {
            for (int k = 0; k < 10 && !context.IsCancelled; k++)
            {
                _log.Record(EventCode.TaskRestarted, "hammer " + Events.ToString());
                Interlocked.Increment(ref Events);
            }
        }
    }

    /// <summary>A console-level task that keeps a CPU busy, never sleeping.</summary>
    internal sealed class CpuHogTask : MeterTask
    {
        public CpuHogTask()
            : base("hog", TaskPriority.Console, false, 30000, 1, MailboxOverflow.DropOldest)
        {
        }

        public int Spins;

        protected override void Step(TaskContext context)
        {
            long until = context.Clock.UptimeMilliseconds + 50;
            while (context.Clock.UptimeMilliseconds < until)
            {
                Spins++;
            }
        }
    }
}
