using System;
using System.Reflection;
using System.Threading;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.Tests.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>
    /// A task's steps never take its slot's lock, which the supervisor and every status reader
    /// (the console) take: a low-priority holder preempted inside it must not stall the metrology
    /// task (no priority inheritance on nanoFramework). Host-only: it reaches the private lock by
    /// reflection to hold it as such a reader would.
    /// </summary>
    [TestClass]
    public class SlotLockIsolationTests
    {
        [TestMethod]
        public void ATaskKeepsSteppingWhileAnotherThreadHoldsItsSlotLock()
        {
            VirtualClock clock = VirtualClock.Scaled(1, new DateTime(2026, 1, 1));
            MetronomeTask metronome = new MetronomeTask("metronome", TaskPriority.Metrology, 2);
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 20, 160, 60000));
            supervisor.Add(metronome);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => metronome.Steps > 0), "stepping");
                object slotLock = SlotLock(supervisor, 0);
                int before;
                int during;
                lock (slotLock)
                {
                    before = metronome.Steps;
                    int waited = 0;
                    while (metronome.Steps < before + 20 && waited < 10000)
                    {
                        Thread.Sleep(5);
                        waited += 5;
                    }

                    during = metronome.Steps;
                }

                Assert.IsTrue(during >= before + 20, "steps while the slot lock was held: " + (during - before).ToString());
            }
            finally
            {
                supervisor.Stop();
            }
        }

        private static object SlotLock(TaskSupervisor supervisor, int index)
        {
            Array slots = (Array)typeof(TaskSupervisor).GetField("_slots", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(supervisor);
            object slot = slots.GetValue(index);
            return slot.GetType().GetField("_sync", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(slot);
        }
    }
}
