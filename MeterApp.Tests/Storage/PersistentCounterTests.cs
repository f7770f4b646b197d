using System;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    [TestClass]
    public class PersistentCounterTests
    {
        [TestMethod]
        public void StartsAtZeroAndCountsUp()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 3));
            PersistentCounter counter = new PersistentCounter(store, RecordKeys.BootCount);
            Assert.AreEqual(0L, counter.Value);
            Assert.AreEqual(1L, counter.Increment());
            Assert.AreEqual(2L, counter.Increment());
            Assert.AreEqual(2L, counter.Value);
            Assert.AreEqual(RecordKeys.BootCount, counter.Key);
        }

        [TestMethod]
        public void KeepsItsValueAcrossRestarts()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            PersistentCounter counter = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.BootCount);
            for (int i = 0; i < 500; i++)
            {
                counter.Increment();
            }

            PersistentCounter reloaded = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.BootCount);
            Assert.AreEqual(500L, reloaded.Value);
            Assert.AreEqual(501L, reloaded.Increment());
        }

        [TestMethod]
        public void AdvanceToOnlyMovesForward()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            PersistentCounter counter = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.DlmsInvocationCounterFirst);
            Assert.AreEqual(1000L, counter.AdvanceTo(1000));
            int operations = flash.OperationCount;
            Assert.AreEqual(1000L, counter.AdvanceTo(10));
            Assert.AreEqual(1000L, counter.AdvanceTo(1000));
            Assert.AreEqual(operations, flash.OperationCount, "no write when nothing moves");
            Assert.AreEqual(1001L, counter.Increment());
            Assert.AreEqual(1001L, new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.DlmsInvocationCounterFirst).Value);
        }

        [TestMethod]
        public void NeverGoesBackwardsWhenPowerIsCutDuringAnIncrement()
        {
            for (int cut = 1; cut <= 60; cut++)
            {
                VirtualFlash flash = new VirtualFlash(256, 2, cut);
                PersistentCounter counter = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.BootCount);
                flash.CutPowerAtOperation(cut);
                long returned = 0;
                try
                {
                    while (true)
                    {
                        returned = counter.Increment();
                    }
                }
                catch (PowerCutException)
                {
                }

                Assert.AreEqual(returned, counter.Value, "RAM value only moves once the store has it");
                flash.PowerOn();
                long after = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.BootCount).Value;
                Assert.IsTrue(after == returned || after == returned + 1, "cut " + cut + ": " + after + " after returning " + returned);
            }
        }

        [TestMethod]
        public void RefusesAKeyThatHoldsSomethingElse()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 3));
            store.Write(RecordKeys.BootCount, new byte[3], 0, 3);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new PersistentCounter(store, RecordKeys.BootCount));
            store.Write(RecordKeys.BootCount, new byte[200], 0, 200);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new PersistentCounter(store, RecordKeys.BootCount));
        }
    }
}
