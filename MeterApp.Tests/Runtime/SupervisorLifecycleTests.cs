using System;
using System.Threading;
using Meter.Hal.Virtual;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    /// <summary>Starting and stopping the supervisor, including from its own threads and with runs that will not end.</summary>
    [TestClass]
    public class SupervisorLifecycleTests
    {
        private static readonly DateTime Epoch = new DateTime(2026, 1, 1, 0, 0, 0);

        private static TaskSupervisor NewSupervisor(VirtualClock clock, int backoff)
        {
            return new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, backoff, backoff, 60000));
        }

        [TestMethod]
        public void StopSaysWhetherAHungRunsThreadHasEnded()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            HangingTask hanging = new HangingTask("hanging", TaskPriority.Console, false, 50);
            TaskSupervisor supervisor = NewSupervisor(clock, 60000);
            supervisor.Add(hanging);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => Supervised.StatusOf(supervisor, "hanging").State == TaskState.Hung));
                Thread hung = hanging.FirstRunThread;
                bool stopped = supervisor.Stop();
                Assert.IsFalse(stopped && hung.IsAlive, "Stop claimed every thread ended while the hung one runs");
#if !NANOFRAMEWORK_1_0
                // The host cannot abort it: Stop says so, and the thread cannot keep the process alive.
                Assert.IsFalse(stopped);
                Assert.IsTrue(hung.IsBackground);
#endif
                Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "hanging").State);

                hanging.Release();
                Assert.IsTrue(hung.Join(10000));
                Assert.IsTrue(supervisor.Stop(), "asked again once the thread has ended");
                Assert.AreEqual(1, hanging.StepsByFirstRun);
            }
            finally
            {
                hanging.Release();
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void StopIsBoundedWhenARunIgnoresIt()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            HangingTask slow = new HangingTask("slow", TaskPriority.Console, false, 60000);
            HangingTask slower = new HangingTask("slower", TaskPriority.Console, false, 60000);
            TaskSupervisor supervisor = NewSupervisor(clock, 60000);
            supervisor.Add(slow);
            supervisor.Add(slower);
            supervisor.Start();
            try
            {
                // Both are inside a step that lasts until released: without a bound Stop would wait for them.
                Assert.IsTrue(Eventually.Holds(() => slow.StepsByFirstRun == 1 && slower.StepsByFirstRun == 1));
                bool stopped = supervisor.Stop(100);
                Assert.IsFalse(stopped && (slow.FirstRunThread.IsAlive || slower.FirstRunThread.IsAlive), "Stop claimed every thread ended");
#if !NANOFRAMEWORK_1_0
                Assert.IsFalse(stopped);
#endif
                Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "slow").State);
                Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "slower").State);

                slow.Release();
                slower.Release();
                Assert.IsTrue(slow.FirstRunThread.Join(10000) && slower.FirstRunThread.Join(10000));
                Assert.IsTrue(supervisor.Stop());
            }
            finally
            {
                slow.Release();
                slower.Release();
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void ATaskCanStopTheSupervisorFromItsOwnStep()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            SelfStoppingTask task = new SelfStoppingTask("self");
            MetronomeTask other = new MetronomeTask("other", TaskPriority.Metrology, 5);
            TaskSupervisor supervisor = NewSupervisor(clock, 20);
            task.Supervisor = supervisor;
            supervisor.Add(task);
            supervisor.Add(other);
            supervisor.Start();
            try
            {
                // Its own thread is not waited for (that would take its 60 s heartbeat timeout).
                Assert.IsTrue(Eventually.Holds(() => task.StopResult >= 0), "Stop from a task should return");
                Assert.AreEqual(1, task.StopResult, "every other thread ended");
                Assert.IsTrue(task.StoppedFrom.Join(10000), "the task's run ends when its step returns");
                Assert.AreEqual(0, task.StepsAfterStop);
                Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "self").State);
                Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "other").State);
            }
            finally
            {
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void AHandlerCanStopTheSupervisor()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            FaultingTask broken = new FaultingTask("broken", false, 0);
            TaskSupervisor supervisor = NewSupervisor(clock, 20);
            int result = -1;
            supervisor.TaskRestarted += (name, reason, restarts) => { result = supervisor.Stop() ? 1 : 0; };
            supervisor.Add(broken);
            supervisor.Start();
            try
            {
                // The supervisor's own thread is not waited for: that would deadlock.
                Assert.IsTrue(Eventually.Holds(() => result >= 0), "Stop from the supervisor's thread should return");
                Assert.AreEqual(1, result);
                Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "broken").State);
                Assert.IsTrue(Eventually.Holds(() => supervisor.Stop()), "the supervisor's thread ends after its pass");
            }
            finally
            {
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void AStartThatFailsPartWayLeavesTheSupervisorStopped()
        {
            VirtualClock clock = VirtualClock.Scaled(1, Epoch);
            MetronomeTask first = new MetronomeTask("first", TaskPriority.Metrology, 5);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new FailingStartWatchdog(1)), new SupervisorSettings(10, 20, 20, 60000));
            supervisor.Add(first);

            Assert.ThrowsException(typeof(InvalidOperationException), () => supervisor.Start());
            Assert.AreEqual((int)TaskState.Stopped, (int)Supervised.StatusOf(supervisor, "first").State, "the task started before the failure is stopped again");

            // Not running, so tasks can still be added, and a second Start works.
            MetronomeTask second = new MetronomeTask("second", TaskPriority.Metrology, 5);
            supervisor.Add(second);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => first.Steps > 0 && second.Steps > 0 && supervisor.Watchdog.WithheldChecks == 0));
                Assert.AreEqual((int)TaskState.Running, (int)Supervised.StatusOf(supervisor, "second").State);
            }
            finally
            {
                Assert.IsTrue(supervisor.Stop());
            }
        }
    }
}
