using System;
using System.Threading;
using Meter.Hal.Virtual;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    /// <summary>When the supervisor feeds the watchdog; run in lock step with a <see cref="LockstepClock"/>.</summary>
    [TestClass]
    public class WatchdogFeedTests
    {
        [TestMethod]
        public void ACrashLoopingCriticalTaskNeverFeedsTheWatchdog()
        {
            LockstepClock clock = new LockstepClock();
            CountingWatchdog watchdog = new CountingWatchdog();
            FaultingTask broken = new FaultingTask("metrology", true, 0);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(watchdog), new SupervisorSettings(10, 50, 50, 60000));
            supervisor.Add(broken);
            supervisor.Start();
            try
            {
                bool ran = clock.RunUntil(
                    () => clock.Asleep == 1 && Supervised.StatusOf(supervisor, "metrology").State != TaskState.Running,
                    () => Supervised.StatusOf(supervisor, "metrology").Restarts >= 10,
                    10000);
                Assert.IsTrue(ran, "the task should have been restarted ten times");
                Assert.AreEqual(0, watchdog.Feeds, "a task that never completed a step was counted alive");
                Assert.AreEqual("metrology", supervisor.Watchdog.BlockedBy);
                Assert.IsTrue(supervisor.Watchdog.WithheldChecks > 10);
            }
            finally
            {
                Stopping.WhileAdvancing(supervisor, clock.Advance);
            }
        }

        [TestMethod]
        public void ThrowingHandlersSkipNeitherTheRestOfThePassNorTheWatchdog()
        {
            LockstepClock clock = new LockstepClock();
            FeedLogWatchdog watchdog = new FeedLogWatchdog(clock);
            MetronomeTask pulse = new MetronomeTask("pulse", TaskPriority.Metrology, 5);
            FaultingTask alpha = new FaultingTask("alpha", false, 0);
            FaultingTask beta = new FaultingTask("beta", false, 0);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(watchdog), new SupervisorSettings(10, 100, 100, 60000));
            long[] alphaRestarts = new long[3];
            long[] betaRestarts = new long[3];
            int alphaCount = 0;
            int betaCount = 0;
            supervisor.TaskFaulted += (name, reason) => { throw new InvalidOperationException("fault handler"); };
            supervisor.TaskRestarted += (name, reason, restarts) => { throw new InvalidOperationException("restart handler"); };
            supervisor.TaskRestarted += (name, reason, restarts) =>
            {
                if (name == "alpha" && alphaCount < alphaRestarts.Length)
                {
                    alphaRestarts[alphaCount++] = clock.UptimeMilliseconds;
                }
                else if (name == "beta" && betaCount < betaRestarts.Length)
                {
                    betaRestarts[betaCount++] = clock.UptimeMilliseconds;
                }
            };
            supervisor.Add(pulse);
            supervisor.Add(alpha);
            supervisor.Add(beta);
            supervisor.Start();
            try
            {
                bool ran = clock.RunUntil(
                    () => clock.Asleep == 2
                        && Supervised.StatusOf(supervisor, "alpha").State != TaskState.Running
                        && Supervised.StatusOf(supervisor, "beta").State != TaskState.Running,
                    () => alphaCount == alphaRestarts.Length && betaCount == betaRestarts.Length,
                    10000);
                Assert.IsTrue(ran, "restarts: alpha " + alphaCount.ToString() + ", beta " + betaCount.ToString());
            }
            finally
            {
                Stopping.WhileAdvancing(supervisor, clock.Advance);
            }

            for (int i = 0; i < alphaRestarts.Length; i++)
            {
                // Both failed together, so the same pass restarts both, handlers throwing or not,
                // and that pass still fed the watchdog for the healthy critical task.
                Assert.AreEqual(alphaRestarts[i], betaRestarts[i], "restart " + i.ToString());
                Assert.IsTrue(watchdog.FedAt(alphaRestarts[i]), "no feed on the pass at " + alphaRestarts[i].ToString() + " ms");
            }

            Assert.IsTrue(supervisor.SupervisorErrors >= 12, "each fault and each restart handler threw: " + supervisor.SupervisorErrors.ToString());
        }
    
        [TestMethod]
        public void APassThatFailsPartWayWithholdsTheFeed()
        {
            ReaderSkewClock clock = new ReaderSkewClock(VirtualClock.Scaled(1, new DateTime(2026, 1, 1, 0, 0, 0)));
            CountingWatchdog watchdog = new CountingWatchdog();
            MetronomeTask pulse = new MetronomeTask("pulse", TaskPriority.Metrology, 5);
            FaultingTask once = new FaultingTask("once", false, 2);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(watchdog), new SupervisorSettings(10, 60000, 60000, 60000));
            Thread supervisorThread = null;
            supervisor.TaskFaulted += (name, reason) => { supervisorThread = Thread.CurrentThread; };
            supervisor.Add(pulse);
            supervisor.Add(once);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => supervisorThread != null && watchdog.Feeds > 0 && supervisor.Watchdog.WithheldChecks == 0), "fed while all is well");

                // The supervisor's clock reads now throw: its passes fail before judging any task.
                clock.FailReadsOf(supervisorThread);
                Assert.IsTrue(Eventually.Holds(() => supervisor.Watchdog.WithheldChecks >= 3), "a failed pass must withhold the feed");
                Assert.AreEqual(TaskSupervisor.IncompletePass, supervisor.Watchdog.BlockedBy);
                Assert.IsTrue(supervisor.SupervisorErrors >= 3);

                clock.FailReadsOf(null);
                Assert.IsTrue(Eventually.Holds(() => supervisor.Watchdog.WithheldChecks == 0), "feeding resumes with complete passes");
            }
            finally
            {
                clock.FailReadsOf(null);
                supervisor.Stop();
            }
        }
    }
}
