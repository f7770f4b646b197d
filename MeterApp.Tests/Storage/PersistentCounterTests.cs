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

        [TestMethod]
        public void BitRotInTheNewestCounterRecordNeverTakesItBackwards()
        {
            // From review: the counter used to reload its previous value and hand out 5 again
            // (a DLMS invocation counter: GCM nonce reuse).
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            PersistentCounter counter = new PersistentCounter(store, RecordKeys.DlmsInvocationCounterFirst);
            for (int i = 0; i < 5; i++)
            {
                counter.Increment();
            }

            store.Write(0xF000, new byte[40], 0, 40); // later records: the counter's is not the torn tail
            byte[] image = flash.GetImage();
            int at = CounterRecord(image, RecordKeys.DlmsInvocationCounterFirst, 5);
            Assert.IsTrue(at >= 0, "the record of value 5 is on flash");
            image[at + 16 + 7] ^= 0x01;
            flash.LoadImage(image);

            RecordStore restarted = StoreTestKit.Mounted(flash);
            PersistentCounter reloaded = new PersistentCounter(restarted, RecordKeys.DlmsInvocationCounterFirst);
            Assert.IsTrue(reloaded.IsCorrupt);
            Assert.ThrowsException(typeof(StoreCorruptException), () => reloaded.Increment());
            Assert.ThrowsException(typeof(StoreCorruptException), () => { long unused = reloaded.Value; });

            // The application jumps ahead explicitly, by as much as its protocol requires.
            Assert.AreEqual(1000L, reloaded.AdvanceTo(1000));
            Assert.IsFalse(reloaded.IsCorrupt);
            Assert.AreEqual(1001L, reloaded.Increment());
            PersistentCounter again = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.DlmsInvocationCounterFirst);
            Assert.IsFalse(again.IsCorrupt);
            Assert.AreEqual(1001L, again.Value);
        }

        [TestMethod]
        public void ASmashedSectorHeaderKeepsTheCounter()
        {
            // From review: one bit of a sector header used to erase the sector and restart the counter at 0.
            VirtualFlash flash = new VirtualFlash(4096, 4);
            PersistentCounter counter = new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.DlmsInvocationCounterFirst);
            counter.AdvanceTo(1000000);
            byte[] image = flash.GetImage();
            image[5] ^= 0x01; // sector 0's header: format version
            flash.LoadImage(image);

            RecordStore restarted = new RecordStore(flash);
            MountReport report = restarted.Mount();
            Assert.AreEqual(1, report.DamagedHeaderSectors, report.ToString());
            Assert.AreEqual(1000000L, new PersistentCounter(restarted, RecordKeys.DlmsInvocationCounterFirst).Value, report.ToString());
        }

        [TestMethod]
        public void ASecondCounterOnTheSameKeyIsRefused()
        {
            // From review: two counters on one key each wrote from their own copy, 3 then 1.
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            PersistentCounter a = new PersistentCounter(store, RecordKeys.BootCount);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new PersistentCounter(store, RecordKeys.BootCount));
            a.Increment();
            a.Increment();
            a.Increment();
            store.Mount();
            Assert.ThrowsException(typeof(InvalidOperationException), () => new PersistentCounter(store, RecordKeys.BootCount), "also after a remount of the same store object");
            Assert.AreEqual(3L, new PersistentCounter(StoreTestKit.Mounted(flash), RecordKeys.BootCount).Value);
            Assert.AreEqual(0L, new PersistentCounter(store, RecordKeys.ConsoleLoginAttempts).Value, "other keys are free");
        }

        private static int CounterRecord(byte[] image, ushort key, long value)
        {
            for (int i = 0; i + 24 <= image.Length; i += 4)
            {
                if (image[i] == (byte)key && image[i + 1] == (byte)(key >> 8) && image[i + 2] == 8 && image[i + 3] == 0
                    && image[i + 16] == (byte)value && image[i + 17] == (byte)(value >> 8))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
