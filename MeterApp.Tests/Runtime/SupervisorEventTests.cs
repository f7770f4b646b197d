using System.Collections;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    /// <summary>What the supervisor reports, and when; run in lock step with a <see cref="LockstepClock"/>.</summary>
    [TestClass]
    public class SupervisorEventTests
    {
        [TestMethod]
        public void AFaultOrHangIsReportedOnceWhenFoundLongBeforeTheRestart()
        {
            LockstepClock clock = new LockstepClock();
            FaultingTask broken = new FaultingTask("broken", false, 0);
            HangingTask stuck = new HangingTask("stuck", TaskPriority.Console, false, 50);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 60000, 60000, 60000));
            ArrayList faults = new ArrayList();
            int restarts = 0;
            supervisor.TaskFaulted += (name, reason) =>
            {
                lock (faults)
                {
                    faults.Add(name + ": " + reason);
                }
            };
            supervisor.TaskRestarted += (name, reason, count) => { restarts++; };
            supervisor.Add(broken);
            supervisor.Add(stuck);
            supervisor.Start();
            Condition settled = () => clock.Asleep == 1
                && stuck.StepsByFirstRun == 1
                && Supervised.StatusOf(supervisor, "broken").State != TaskState.Running;
            try
            {
                Assert.IsTrue(clock.RunUntil(settled, () => Count(faults) == 2, 1000), "both failures should be reported");
                long found = clock.UptimeMilliseconds;
                Assert.IsTrue(clock.RunUntil(settled, () => clock.UptimeMilliseconds >= found + 500, 1000));

                Assert.AreEqual(2, Count(faults), "each failure is reported once");
                Assert.AreEqual("broken: InvalidOperationException: cannot start", (string)faults[0]);
                Assert.StartsWith("stuck: hung: no heartbeat for ", (string)faults[1]);
                Assert.AreEqual(0, restarts, "the backoff has a minute to run");
                Assert.AreEqual((int)TaskState.Hung, (int)Supervised.StatusOf(supervisor, "stuck").State);
            }
            finally
            {
                stuck.Release();
                Stopping.WhileAdvancing(supervisor, clock.Advance);
            }
        }

        [TestMethod]
        public void EachRestartFollowsTheReportOfItsFault()
        {
            LockstepClock clock = new LockstepClock();
            FaultingTask broken = new FaultingTask("broken", false, 0);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 0, 0, 60000));
            ArrayList events = new ArrayList();
            supervisor.TaskFaulted += (name, reason) =>
            {
                lock (events)
                {
                    events.Add("fault " + reason);
                }
            };
            supervisor.TaskRestarted += (name, reason, restarts) =>
            {
                lock (events)
                {
                    events.Add("restart " + restarts.ToString() + " " + reason);
                }
            };
            supervisor.Add(broken);
            supervisor.Start();
            try
            {
                bool ran = clock.RunUntil(
                    () => clock.Asleep == 1 && Supervised.StatusOf(supervisor, "broken").State != TaskState.Running,
                    () => Count(events) >= 8,
                    10000);
                Assert.IsTrue(ran, "events: " + Count(events).ToString());
            }
            finally
            {
                Stopping.WhileAdvancing(supervisor, clock.Advance);
            }

            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual("fault InvalidOperationException: cannot start", (string)events[2 * i]);
                Assert.AreEqual("restart " + (i + 1).ToString() + " InvalidOperationException: cannot start", (string)events[(2 * i) + 1]);
            }
        }

        private static int Count(ArrayList list)
        {
            lock (list)
            {
                return list.Count;
            }
        }
    }
}
