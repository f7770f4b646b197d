using System;
using System.Threading;
using Meter.Hal.Watchdog;
using Meter.Runtime;

namespace Meter.Tests.Runtime
{
    /// <summary>A task that steps on a fixed period and records the longest gap between steps.</summary>
    internal sealed class MetronomeTask : MeterTask
    {
        private readonly int _period;
        private long _lastStep = -1;

        public MetronomeTask(string name, TaskPriority priority, int period)
            : base(name, priority, true, 1000, 4, MailboxOverflow.RejectNewest)
        {
            _period = period;
        }

        public int Steps;
        public long LongestGap;

        protected override void Step(TaskContext context)
        {
            long now = context.Clock.UptimeMilliseconds;
            if (_lastStep >= 0 && now - _lastStep > LongestGap)
            {
                LongestGap = now - _lastStep;
            }

            _lastStep = now;
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

    /// <summary>
    /// Its first run blocks forever (until the test releases it); later runs step normally.
    /// Records whether an abandoned run ever stepped again.
    /// </summary>
    internal sealed class HangingTask : MeterTask
    {
        private readonly ManualResetEvent _release = new ManualResetEvent(false);
        private int _runs;

        public HangingTask(string name, TaskPriority priority, bool critical, int heartbeatTimeout)
            : base(name, priority, critical, heartbeatTimeout, 8, MailboxOverflow.RejectNewest)
        {
        }

        public int StepsAfterRestart;
        public int StepsByAbandonedRun;

        public void Release()
        {
            _release.Set();
        }

        protected override void OnStart(TaskContext context)
        {
            _runs++;
        }

        protected override void Step(TaskContext context)
        {
            if (_runs == 1)
            {
                _release.WaitOne();
                if (!context.IsCancelled)
                {
                    Interlocked.Increment(ref StepsByAbandonedRun);
                }

                return;
            }

            Interlocked.Increment(ref StepsAfterRestart);
            context.Clock.Sleep(2);
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

    internal sealed class CountingWatchdog : IWatchdog
    {
        public int Feeds;
        public bool Started;

        public int TimeoutMilliseconds
        {
            get { return 1000; }
        }

        public void Start()
        {
            Started = true;
        }

        public void Feed()
        {
            Interlocked.Increment(ref Feeds);
        }
    }

    internal static class Eventually
    {
        /// <summary>Polls a condition for up to ten real seconds; a bound on waiting, not a timing assertion.</summary>
        public static bool Holds(Condition condition)
        {
            for (int i = 0; i < 2000; i++)
            {
                if (condition())
                {
                    return true;
                }

                Thread.Sleep(5);
            }

            return condition();
        }
    }

    internal delegate bool Condition();
}
