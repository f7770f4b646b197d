using System;
using System.Threading;
using Meter.Hal.Virtual;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    [TestClass]
    public class TaskSupervisorTests
    {
        private static readonly DateTime Epoch = new DateTime(2026, 1, 1, 0, 0, 0);

        private static TaskSupervisor NewSupervisor(VirtualClock clock, CountingWatchdog watchdog, int backoffBase)
        {
            return new TaskSupervisor(clock, new WatchdogKeeper(watchdog), new SupervisorSettings(10, backoffBase, backoffBase * 8, 60000));
        }

        [TestMethod]
        public void AThrowingTaskIsRestartedWhileAnotherKeepsItsSchedule()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            MetronomeTask metronome = new MetronomeTask("metronome", TaskPriority.Metrology, 5);
            FaultingTask faulty = new FaultingTask("faulty", false, 3);
            TaskSupervisor supervisor = NewSupervisor(clock, new CountingWatchdog(), 20);
            string lastReason = null;
            supervisor.TaskRestarted += (name, reason, restarts) => { lastReason = name + ": " + reason; };
            supervisor.Add(metronome);
            supervisor.Add(faulty);
            supervisor.Start();
            try
            {
                // The window from the first to the fourth restart spans at least three backoffs.
                Assert.IsTrue(Eventually.Holds(() => Supervised.StatusOf(supervisor, "faulty").Restarts >= 1), "the faulting task should have been restarted");
                int stepsBefore = metronome.Steps;
                Assert.IsTrue(Eventually.Holds(() => Supervised.StatusOf(supervisor, "faulty").Restarts >= 4), "the faulting task should have been restarted four times");
                int stepsAfter = metronome.Steps;

                Assert.IsTrue(stepsAfter > stepsBefore, "the metronome stepped " + stepsBefore.ToString() + " then " + stepsAfter.ToString() + " times");
                Assert.AreEqual(0, Supervised.StatusOf(supervisor, "metronome").Restarts);
                Assert.AreEqual((int)TaskState.Running, (int)Supervised.StatusOf(supervisor, "metronome").State);
                Assert.StartsWith("faulty: InvalidOperationException: step ", lastReason);
            }
            finally
            {
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void AHungTaskIsAbandonedAndRestartedWhileAnotherKeepsItsSchedule()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            MetronomeTask metronome = new MetronomeTask("metronome", TaskPriority.Metrology, 5);
            HangingTask hanging = new HangingTask("hanging", TaskPriority.Console, false, 100);
            TaskSupervisor supervisor = NewSupervisor(clock, new CountingWatchdog(), 20);
            supervisor.Add(metronome);
            supervisor.Add(hanging);
            supervisor.Start();
            try
            {
                // The window covers the whole hang (a heartbeat timeout) and the restart.
                Assert.IsTrue(Eventually.Holds(() => hanging.StepsByFirstRun == 1), "the first run should be in its step");
                int stepsBefore = metronome.Steps;
                Assert.IsTrue(Eventually.Holds(() => hanging.StepsByLaterRuns > 5), "the hung task should run again");
                int stepsAfter = metronome.Steps;

                TaskStatus status = Supervised.StatusOf(supervisor, "hanging");
                Assert.AreEqual(1, status.Restarts);
                Assert.StartsWith("hung: no heartbeat for ", status.LastFault);
                Assert.AreEqual(0, Supervised.StatusOf(supervisor, "metronome").Restarts);
                Assert.IsTrue(stepsAfter > stepsBefore, "the metronome stepped " + stepsBefore.ToString() + " then " + stepsAfter.ToString() + " times");

                // Woken, the abandoned run finds itself cancelled: it ends without another step.
                Thread firstRun = hanging.FirstRunThread;
                hanging.Release();
                Assert.IsTrue(firstRun.Join(10000), "the abandoned run's thread should end");
                Assert.AreEqual(1, hanging.StepsByFirstRun);
                Assert.AreEqual(1, Supervised.StatusOf(supervisor, "hanging").Restarts);
            }
            finally
            {
                hanging.Release();
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void AFullMailboxNeverBlocksAHigherPrioritySender()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            HangingTask consumer = new HangingTask("consumer", TaskPriority.Console, false, 60000);
            ProducerTask producer = new ProducerTask(consumer.Mailbox);
            TaskSupervisor supervisor = NewSupervisor(clock, new CountingWatchdog(), 20);
            supervisor.Add(producer);
            supervisor.Add(consumer);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => producer.Posted >= 200), "the producer must keep posting into a full mailbox");
                Assert.AreEqual(consumer.Mailbox.Capacity, consumer.Mailbox.Count);
                Assert.IsTrue(producer.Refused >= 200 - consumer.Mailbox.Capacity - 1, "refused " + producer.Refused.ToString());
                Assert.AreEqual(0, Supervised.StatusOf(supervisor, "producer").Restarts);
            }
            finally
            {
                consumer.Release();
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void AnExceptionThatCannotBeDescribedIsRecordedAsAFixedText()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            UndescribableFaultTask task = new UndescribableFaultTask("mute");
            TaskSupervisor supervisor = NewSupervisor(clock, new CountingWatchdog(), 60000);
            string reported = null;
            supervisor.TaskFaulted += (name, reason) => { reported = reason; };
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => reported != null), "the fault should be reported");
                Assert.AreEqual(TaskStatus.UndescribedFault, reported);
                Assert.AreEqual(TaskStatus.UndescribedFault, Supervised.StatusOf(supervisor, "mute").LastFault);
                Assert.AreEqual((int)TaskState.Faulted, (int)Supervised.StatusOf(supervisor, "mute").State);
            }
            finally
            {
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void TheHeartbeatAgeIsNeverNegative()
        {
            LockstepClock time = new LockstepClock();
            time.Advance(1000);
            ReaderSkewClock clock = new ReaderSkewClock(time);
            HangingTask task = new HangingTask("steady", TaskPriority.Dlms, false, 60000);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 100, 100, 60000));
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                // The task beat at 1000; a snapshot whose clock read was 10 ms older sees the beat "in the future".
                Assert.IsTrue(time.Settle(() => time.Asleep == 1 && task.StepsByFirstRun == 1), "the task should have beaten once");
                clock.LagReadsOf(Thread.CurrentThread, 10);
                Assert.AreEqual(0L, Supervised.StatusOf(supervisor, "steady").HeartbeatAgeMilliseconds);

                clock.LagReadsOf(null, 0);
                time.Advance(30);
                Assert.AreEqual(30L, Supervised.StatusOf(supervisor, "steady").HeartbeatAgeMilliseconds);
            }
            finally
            {
                task.Release();
                Stopping.WhileAdvancing(supervisor, time.Advance);
            }
        }

        [TestMethod]
        public void RestartGapsGrowToTheCapAndNeverShrink()
        {
            LockstepClock clock = new LockstepClock();
            FaultingTask broken = new FaultingTask("broken", false, 0);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 100, 800, 60000));
            long[] restartTimes = new long[7];
            int count = 0;
            supervisor.TaskRestarted += (name, reason, restarts) =>
            {
                if (count < restartTimes.Length)
                {
                    restartTimes[count] = clock.UptimeMilliseconds;
                    count++;
                }
            };
            supervisor.Add(broken);
            supervisor.Start();
            try
            {
                bool ran = clock.RunUntil(
                    () => clock.Asleep == 1 && Supervised.StatusOf(supervisor, "broken").State != TaskState.Running,
                    () => count == restartTimes.Length,
                    60000);
                Assert.IsTrue(ran, "restarted " + count.ToString() + " times");
            }
            finally
            {
                Stopping.WhileAdvancing(supervisor, clock.Advance);
            }

            // Slack: a restart happens on the first check after its backoff ends.
            long previous = 0;
            for (int i = 1; i < restartTimes.Length; i++)
            {
                long gap = restartTimes[i] - restartTimes[i - 1];
                Assert.IsTrue(gap >= previous, "gap " + i.ToString() + " shrank to " + gap.ToString() + " ms from " + previous.ToString());
                Assert.IsTrue(gap <= 800 + 10, "gap " + i.ToString() + " was " + gap.ToString() + " ms, over the cap");
                previous = gap;
            }

            Assert.IsTrue(restartTimes[restartTimes.Length - 1] - restartTimes[restartTimes.Length - 2] > restartTimes[1] - restartTimes[0], "the gaps should grow");
        }

        [TestMethod]
        public void AStableRunResetsTheBackoff()
        {
            LockstepClock clock = new LockstepClock();
            SwitchableTask task = new SwitchableTask("switchable", 5);
            task.Failing = true;
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 100, 800, 1000));
            supervisor.Add(task);
            supervisor.Start();
            Condition settled = () =>
            {
                bool running = Supervised.StatusOf(supervisor, "switchable").State == TaskState.Running;
                return clock.Asleep == (running ? 2 : 1);
            };
            try
            {
                Assert.IsTrue(clock.RunUntil(settled, () => Supervised.StatusOf(supervisor, "switchable").ConsecutiveFailures == 3, 10000), "three failures in a row");
                task.Failing = false;
                Assert.IsTrue(clock.RunUntil(settled, () => Supervised.StatusOf(supervisor, "switchable").State == TaskState.Running, 10000), "it should run again");
                long runStarted = clock.UptimeMilliseconds;

                Assert.IsTrue(clock.RunUntil(settled, () => clock.UptimeMilliseconds >= runStarted + 990, 10000));
                Assert.AreEqual(3, Supervised.StatusOf(supervisor, "switchable").ConsecutiveFailures, "not yet stable");
                Assert.IsTrue(clock.RunUntil(settled, () => Supervised.StatusOf(supervisor, "switchable").ConsecutiveFailures == 0, 100), "a stable run resets the count");
                Assert.IsTrue(clock.UptimeMilliseconds >= runStarted + 1000, "reset after " + (clock.UptimeMilliseconds - runStarted).ToString() + " ms");

                // The next failure starts the backoff from its base again.
                task.Failing = true;
                Assert.IsTrue(clock.RunUntil(settled, () => Supervised.StatusOf(supervisor, "switchable").State == TaskState.Faulted, 1000));
                Assert.AreEqual(1, Supervised.StatusOf(supervisor, "switchable").ConsecutiveFailures);
            }
            finally
            {
                Stopping.WhileAdvancing(supervisor, clock.Advance);
            }
        }

        [TestMethod]
        public void TheWatchdogIsFedOnlyWhileEveryCriticalTaskIsAlive()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            CountingWatchdog watchdog = new CountingWatchdog();
            MetronomeTask metronome = new MetronomeTask("metronome", TaskPriority.Metrology, 5);
            HangingTask critical = new HangingTask("critical", TaskPriority.SecurityMonitor, true, 100);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(watchdog), new SupervisorSettings(10, 60000, 60000, 60000));
            supervisor.Add(metronome);
            supervisor.Add(critical);
            supervisor.Start();
            try
            {
                Assert.IsTrue(watchdog.Started);
                Assert.IsTrue(Eventually.Holds(() => supervisor.Watchdog.WithheldChecks >= 3), "the feed should stop once the critical task hangs");
                int feedsWhileHung = watchdog.Feeds;
                Assert.IsTrue(Eventually.Holds(() => supervisor.Watchdog.WithheldChecks >= 10));
                Assert.AreEqual(feedsWhileHung, watchdog.Feeds);
                Assert.AreEqual("critical", supervisor.Watchdog.BlockedBy);
            }
            finally
            {
                critical.Release();
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void ANonCriticalHangDoesNotStarveTheWatchdog()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            CountingWatchdog watchdog = new CountingWatchdog();
            HangingTask optional = new HangingTask("optional", TaskPriority.Console, false, 50);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(watchdog), new SupervisorSettings(10, 60000, 60000, 60000));
            supervisor.Add(optional);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => Supervised.StatusOf(supervisor, "optional").State == TaskState.Hung));
                int feeds = watchdog.Feeds;
                Assert.IsTrue(Eventually.Holds(() => watchdog.Feeds > feeds + 5), "feeding must go on");
                Assert.AreEqual(0, supervisor.Watchdog.WithheldChecks);
            }
            finally
            {
                optional.Release();
                supervisor.Stop();
            }
        }
    }
}
