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

        private static TaskStatus StatusOf(TaskSupervisor supervisor, string name)
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

        /// <summary>Manual time stands still unless moved, and sleepers (the supervisor) wait on it.</summary>
        private static void StopWhileAdvancing(TaskSupervisor supervisor, VirtualClock clock)
        {
            bool stopped = false;
            Thread advancer = new Thread(() =>
            {
                while (!stopped)
                {
                    clock.Advance(5);
                    Thread.Sleep(1);
                }
            });
            advancer.Start();
            supervisor.Stop();
            stopped = true;
            advancer.Join();
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
                bool restarted = Eventually.Holds(() => StatusOf(supervisor, "faulty").Restarts >= 3);
                Assert.IsTrue(restarted, "the faulting task should have been restarted three times");
                Assert.AreEqual(0, StatusOf(supervisor, "metronome").Restarts);
                Assert.AreEqual((int)TaskState.Running, (int)StatusOf(supervisor, "metronome").State);
                Assert.IsTrue(metronome.Steps > 10, "metronome stepped " + metronome.Steps.ToString() + " times");
                Assert.IsTrue(metronome.LongestGap < 1000, "metronome stalled for " + metronome.LongestGap.ToString() + " ms");
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
                Assert.IsTrue(Eventually.Holds(() => hanging.StepsAfterRestart > 5), "the hung task should run again");
                TaskStatus status = StatusOf(supervisor, "hanging");
                Assert.AreEqual(1, status.Restarts);
                Assert.StartsWith("hung: no heartbeat for ", status.LastFault);
                Assert.AreEqual(0, StatusOf(supervisor, "metronome").Restarts);
                Assert.IsTrue(metronome.LongestGap < 1000, "metronome stalled for " + metronome.LongestGap.ToString() + " ms");

                // The abandoned run wakes up to find itself cancelled and does no more work.
                hanging.Release();
                Thread.Sleep(50);
                Assert.AreEqual(0, hanging.StepsByAbandonedRun);
                Assert.AreEqual(1, StatusOf(supervisor, "hanging").Restarts);
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
                Assert.AreEqual(0, StatusOf(supervisor, "producer").Restarts);
            }
            finally
            {
                consumer.Release();
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void RestartBackoffDoublesUpToTheCap()
        {
            VirtualClock clock = VirtualClock.Manual(Epoch);
            FaultingTask broken = new FaultingTask("broken", false, 0);
            TaskSupervisor supervisor = NewSupervisor(clock, new CountingWatchdog(), 100);
            long[] restartTimes = new long[6];
            int count = 0;
            supervisor.TaskRestarted += (name, reason, restarts) =>
            {
                if (count < restartTimes.Length)
                {
                    restartTimes[count++] = clock.UptimeMilliseconds;
                }
            };
            supervisor.Add(broken);
            supervisor.Start();
            try
            {
                for (int i = 0; i < 20000 && count < restartTimes.Length; i++)
                {
                    // Let the restarted run reach its fault before virtual time moves on.
                    Thread.Sleep(1);
                    clock.Advance(2);
                }
            }
            finally
            {
                StopWhileAdvancing(supervisor, clock);
            }

            Assert.AreEqual(restartTimes.Length, count);
            int[] expected = { 200, 400, 800, 800, 800 };
            for (int i = 0; i < expected.Length; i++)
            {
                long gap = restartTimes[i + 1] - restartTimes[i];
                Assert.IsTrue(gap >= expected[i] - 10 && gap <= expected[i] + 60, "gap " + i.ToString() + " was " + gap.ToString() + " ms, expected " + expected[i].ToString());
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
                Assert.IsTrue(Eventually.Holds(() => StatusOf(supervisor, "optional").State == TaskState.Hung));
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
