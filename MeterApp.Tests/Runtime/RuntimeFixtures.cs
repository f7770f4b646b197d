using System;
using System.Threading;
using Meter.Runtime;

namespace Meter.Tests.Runtime
{
    /// <summary>A critical task that steps on a fixed period of its clock and counts its steps.</summary>
    internal sealed class MetronomeTask : MeterTask
    {
        private readonly int _period;

        public MetronomeTask(string name, TaskPriority priority, int period)
            : base(name, priority, true, 1000, 4, MailboxOverflow.RejectNewest)
        {
            _period = period;
        }

        public int Steps;

        protected override void Step(TaskContext context)
        {
            Interlocked.Increment(ref Steps);
            context.Clock.Sleep(_period);
        }
    }

    /// <summary>Throws on every <c>everyNth</c> step (0: throws in OnStart, every run).</summary>
    internal sealed class FaultingTask : MeterTask
    {
        private readonly int _everyNth;
        private int _step;

        public FaultingTask(string name, bool critical, int everyNth)
            : base(name, TaskPriority.Dlms, critical, 1000, 4, MailboxOverflow.RejectNewest)
        {
            _everyNth = everyNth;
        }

        protected override void OnStart(TaskContext context)
        {
            if (_everyNth == 0)
            {
                throw new InvalidOperationException("cannot start");
            }
        }

        protected override void Step(TaskContext context)
        {
            _step++;
            if (_step % _everyNth == 0)
            {
                throw new InvalidOperationException("step " + _step.ToString());
            }

            context.Clock.Sleep(2);
        }
    }

    /// <summary>Fails (in OnStart or at its next step) while <see cref="Failing"/> is set; otherwise steps on a period of its clock.</summary>
    internal sealed class SwitchableTask : MeterTask
    {
        private readonly object _sync = new object();
        private readonly int _period;
        private bool _failing;

        public SwitchableTask(string name, int period)
            : base(name, TaskPriority.Dlms, false, 60000, 4, MailboxOverflow.RejectNewest)
        {
            _period = period;
        }

        public bool Failing
        {
            get
            {
                lock (_sync)
                {
                    return _failing;
                }
            }

            set
            {
                lock (_sync)
                {
                    _failing = value;
                }
            }
        }

        protected override void OnStart(TaskContext context)
        {
            if (Failing)
            {
                throw new InvalidOperationException("switched off");
            }
        }

        protected override void Step(TaskContext context)
        {
            if (Failing)
            {
                throw new InvalidOperationException("switched off");
            }

            context.Clock.Sleep(_period);
        }
    }

    /// <summary>
    /// Its first run blocks in its first step until the test releases it; later runs step
    /// normally. Steps are counted per run (each run has its own <see cref="TaskContext"/>), so
    /// an abandoned first run that stepped again would show in <see cref="StepsByFirstRun"/>.
    /// </summary>
    internal sealed class HangingTask : MeterTask
    {
        private readonly object _sync = new object();
        private readonly ManualResetEvent _release = new ManualResetEvent(false);
        private TaskContext _firstRun;
        private Thread _firstRunThread;

        public HangingTask(string name, TaskPriority priority, bool critical, int heartbeatTimeout)
            : base(name, priority, critical, heartbeatTimeout, 8, MailboxOverflow.RejectNewest)
        {
        }

        /// <summary>Steps the first run began (the one that hangs included).</summary>
        public int StepsByFirstRun;

        public int StepsByLaterRuns;

        /// <summary>The first run's thread, once it has started.</summary>
        public Thread FirstRunThread
        {
            get
            {
                lock (_sync)
                {
                    return _firstRunThread;
                }
            }
        }

        public void Release()
        {
            _release.Set();
        }

        protected override void OnStart(TaskContext context)
        {
            lock (_sync)
            {
                if (_firstRun == null)
                {
                    _firstRun = context;
                    _firstRunThread = Thread.CurrentThread;
                }
            }
        }

        protected override void Step(TaskContext context)
        {
            if (IsFirstRun(context))
            {
                Interlocked.Increment(ref StepsByFirstRun);
                _release.WaitOne();
                return;
            }

            Interlocked.Increment(ref StepsByLaterRuns);
            context.Clock.Sleep(2);
        }

        private bool IsFirstRun(TaskContext context)
        {
            lock (_sync)
            {
                return context == _firstRun;
            }
        }
    }

    /// <summary>Posts one message per step to another task's mailbox.</summary>
    internal sealed class ProducerTask : MeterTask
    {
        private readonly Mailbox _target;

        public ProducerTask(Mailbox target)
            : base("producer", TaskPriority.Metrology, true, 1000, 1, MailboxOverflow.RejectNewest)
        {
            _target = target;
        }

        public int Posted;
        public int Refused;

        protected override void Step(TaskContext context)
        {
            if (!_target.Post(Posted))
            {
                Refused++;
            }

            Posted++;
            context.Clock.Sleep(1);
        }
    }

    /// <summary>Throws an exception whose Message getter itself throws.</summary>
    internal sealed class UndescribableFaultTask : MeterTask
    {
        public UndescribableFaultTask(string name)
            : base(name, TaskPriority.Dlms, false, 1000, 1, MailboxOverflow.RejectNewest)
        {
        }

        protected override void Step(TaskContext context)
        {
            throw new UndescribableException();
        }

        private sealed class UndescribableException : Exception
        {
            public override string Message
            {
                get { throw new InvalidOperationException("no message"); }
            }
        }
    }

    /// <summary>Stops the supervisor from inside its first step; counts any step after that.</summary>
    internal sealed class SelfStoppingTask : MeterTask
    {
        public SelfStoppingTask(string name)
            : base(name, TaskPriority.Dlms, false, 60000, 1, MailboxOverflow.RejectNewest)
        {
        }

        public TaskSupervisor Supervisor;
        public Thread StoppedFrom;

        /// <summary>-1 until Stop returned, then 1 for true and 0 for false.</summary>
        public int StopResult = -1;
        public int StepsAfterStop;

        protected override void Step(TaskContext context)
        {
            if (StoppedFrom != null)
            {
                Interlocked.Increment(ref StepsAfterStop);
                return;
            }

            StoppedFrom = Thread.CurrentThread;
            StopResult = Supervisor.Stop() ? 1 : 0;
        }
    }

    internal static class Supervised
    {
        /// <summary>The named task's current status, or null.</summary>
        public static TaskStatus StatusOf(TaskSupervisor supervisor, string name)
        {
            TaskStatus[] all = supervisor.Snapshot();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].Name == name)
                {
                    return all[i];
                }
            }

            return null;
        }
    }
}
