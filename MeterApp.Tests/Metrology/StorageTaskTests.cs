using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Runtime;
using Meter.SerialConsole;
using Meter.Storage;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class StorageTaskTests
    {
        private const int SampleRate = 4096;

        [TestMethod]
        public void TheMetrologySideWritesNothingAndTheStorageTaskWritesTheNewestSnapshotAndTheQueuedEvents()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            RecordStore store = StoreTestKit.Mounted(flash);
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            RegisterPersistence persistence = new RegisterPersistence(store, registers, 2);
            persistence.Restore();
            DeferredEventRecorder queue = new DeferredEventRecorder(4);
            EventLog log = new EventLog(store, VirtualClock.Manual(new System.DateTime(2026, 1, 1)));
            StorageTask storage = new StorageTask(persistence, queue, new EventLogRecorder(log));
            Assert.AreEqual((int)TaskPriority.Storage, (int)storage.Priority);
            Assert.IsTrue(storage.Priority > TaskPriority.Metrology && storage.Priority < TaskPriority.SecurityMonitor, "right below metrology");
            Assert.IsTrue(storage.IsCritical);

            // Metrology side: 3 Wh in 1.5 Wh frames publishes, queues a tamper event, writes nothing.
            byte[] before = flash.GetImage();
            for (int k = 0; k < 2; k++)
            {
                registers.Add(5400000000L, 0, SampleRate);
                Assert.IsTrue(persistence.Update());
            }

            queue.Record(EventCode.ReversePowerDetected, "test");
            Assert.IsTrue(StoreTestKit.SameBytes(before, flash.GetImage()), "the metrology side never writes the store");

            // Storage side: the newest snapshot only, then the event.
            Assert.IsTrue(storage.WriteOnce());
            Assert.AreEqual(1L, persistence.Writes, "the older snapshot was superseded");
            Assert.AreEqual(2, persistence.Publications);
            Assert.AreEqual((int)EventCode.ReversePowerDetected, (int)log.ReadLatest(1)[0].Code);
            Assert.IsFalse(storage.WriteOnce(), "nothing left");

            EnergyRegisters restored = new EnergyRegisters(SampleRate, 1000);
            RestoreFrom(flash, restored);
            Assert.AreEqual(3L, restored.ActiveImport.Units);

            // Flush (orderly shutdown) writes what moved since the last snapshot.
            registers.Add(1000000000L, 0, SampleRate);
            Assert.IsFalse(persistence.Update(), "less than a step");
            storage.Flush();
            RestoreFrom(flash, restored);
            Assert.AreEqual(3L, restored.ActiveImport.Units);
            Assert.AreEqual(registers.ActiveImport.Remainder, restored.ActiveImport.Remainder);
        }

        // Restores the registers from a fresh mount of the flash.
        private static void RestoreFrom(VirtualFlash flash, EnergyRegisters into)
        {
            Assert.IsTrue(new RegisterPersistence(StoreTestKit.Mounted(flash), into, 2).Restore());
        }
    }
}
