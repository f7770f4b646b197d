using System;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Runtime;
using Meter.Storage;
using Meter.Tests.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Profiles
{
    [TestClass]
    public class LoadProfileTaskTests
    {
        [TestMethod]
        public void TheTaskCapturesEachBoundaryOnceUnderTheSupervisor()
        {
            // Virtual time 60 times faster than real time: a one-minute period passes in a second.
            DateTime start = new DateTime(2026, 5, 1, 0, 0, 30);
            VirtualClock clock = VirtualClock.Scaled(60, start);
            FixedMeasurementSource source = new FixedMeasurementSource();
            source.Publish(42, 0, 0, 0);
            RecordStore store = new RecordStore(new VirtualFlash(4096, 8));
            store.Mount();
            LoadProfileCapture capture = new LoadProfileCapture(new LoadProfileRing(store, 64), source, clock, clock, 60);
            LoadProfileTask task = new LoadProfileTask(capture);
            Assert.AreEqual("load profile", task.Name);
            Assert.IsFalse(task.IsCritical);
            Assert.AreEqual((int)TaskPriority.Storage, (int)task.Priority);

            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new CountingWatchdog()), new SupervisorSettings(10, 1000, 1000, 60000));
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => capture.Ring.Count >= 3));
            }
            finally
            {
                supervisor.Stop();
            }

            int count = capture.Ring.Count;
            LoadProfileEntry[] entries = new LoadProfileEntry[count];
            Assert.AreEqual(count, capture.Ring.Read(0, count, entries));
            // The first poll captures the boundary the task started in (virtual time runs during set-up).
            Assert.AreEqual(0L, entries[0].Timestamp.Ticks % TimeSpan.TicksPerMinute);
            Assert.IsTrue(entries[0].Timestamp <= start.AddHours(1));

            // Each boundary once, in order (a starved test host may skip one, never repeat one).
            for (int i = 1; i < count; i++)
            {
                Assert.IsTrue(entries[i].Timestamp > entries[i - 1].Timestamp);
                Assert.AreEqual(0L, entries[i].Timestamp.Ticks % TimeSpan.TicksPerMinute);
                Assert.AreEqual(42L, entries[i].ActiveImport);
            }
        }
    }
}
