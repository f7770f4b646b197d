using System;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    [TestClass]
    public class RecordStoreBasicsTests
    {
        [TestMethod]
        public void ABlankFlashMountsEmptyWithoutWriting()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = new RecordStore(flash);
            MountReport report = store.Mount();
            Assert.IsTrue(report.WasBlank);
            Assert.IsFalse(report.WasFormatted);
            Assert.IsTrue(report.IsClean);
            Assert.AreEqual(0, report.LiveRecords);
            Assert.AreEqual(0, flash.OperationCount, "mounting a blank flash writes nothing");
            Assert.IsFalse(store.Contains(1));
            Assert.AreEqual(-1, store.Read(1, new byte[4], 0));
        }

        [TestMethod]
        public void WriteReadAndOverwrite()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            StoreTestKit.Write(store, 10, StoreTestKit.Payload(10, 1, 12));
            StoreTestKit.Write(store, 11, StoreTestKit.Payload(11, 1, 30));
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(10, 1, 12), StoreTestKit.Read(store, 10)));
            StoreTestKit.Write(store, 10, StoreTestKit.Payload(10, 2, 5));
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(10, 2, 5), StoreTestKit.Read(store, 10)), "newest wins, length may change");
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(11, 1, 30), StoreTestKit.Read(store, 11)));
            Assert.IsTrue(store.Contains(11));
        }

        [TestMethod]
        public void ReadCopiesToTheGivenOffset()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            store.Write(3, new byte[] { 9, 1, 2, 3, 9 }, 1, 3);
            byte[] buffer = new byte[6];
            Assert.AreEqual(3, store.Read(3, buffer, 2));
            Assert.AreEqual((byte)0, buffer[1]);
            Assert.AreEqual((byte)1, buffer[2]);
            Assert.AreEqual((byte)3, buffer[4]);
            Assert.AreEqual((byte)0, buffer[5]);
        }

        [TestMethod]
        public void AnEmptyPayloadIsAValue()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            store.Write(5, new byte[0], 0, 0);
            Assert.AreEqual(0, store.Read(5, new byte[0], 0));
            Assert.IsTrue(store.Contains(5));
        }

        [TestMethod]
        public void ArgumentsAreChecked()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            byte[] data = new byte[8];
            Assert.ThrowsException(typeof(ArgumentNullException), () => store.Write(1, null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.Write(1, data, 4, 5));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.Write(1, data, -1, 2));
            Assert.ThrowsException(typeof(ArgumentNullException), () => store.Read(1, null, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.Read(1, data, 9));
            store.Write(1, data, 0, 8);
            Assert.ThrowsException(typeof(ArgumentException), () => store.Read(1, new byte[10], 3));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new RecordStore(null));
            Assert.ThrowsException(typeof(ArgumentException), () => new RecordStore(new VirtualFlash(4096, 1)));
            Assert.ThrowsException(typeof(ArgumentException), () => new RecordStore(new VirtualFlash(128, 4)));
        }

        [TestMethod]
        public void TheStoreMustBeMountedFirst()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 4));
            Assert.ThrowsException(typeof(InvalidOperationException), () => store.Write(1, new byte[1], 0, 1));
            Assert.ThrowsException(typeof(InvalidOperationException), () => store.Read(1, new byte[1], 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => store.GetHealth());
        }

        [TestMethod]
        public void PayloadsUpToAQuarterSectorAreAccepted()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            Assert.AreEqual(1000, store.MaxPayloadLength, "(4096 - 20) / 4 - 16, rounded down to 4");
            byte[] largest = StoreTestKit.Payload(7, 1, store.MaxPayloadLength);
            StoreTestKit.Write(store, 7, largest);
            Assert.IsTrue(StoreTestKit.SameBytes(largest, StoreTestKit.Read(store, 7)));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.Write(8, new byte[1001], 0, 1001));
        }

        [TestMethod]
        public void ManyKeysKeepTheirValuesAcrossARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 6);
            RecordStore store = StoreTestKit.Mounted(flash);
            for (int k = 0; k < 300; k++)
            {
                StoreTestKit.Write(store, (ushort)(k * 211), StoreTestKit.Payload((ushort)(k * 211), k, 8 + (k % 17)));
            }

            RecordStore restarted = StoreTestKit.Mounted(flash);
            Assert.AreEqual(300, restarted.GetHealth().Records);
            for (int k = 0; k < 300; k++)
            {
                ushort key = (ushort)(k * 211);
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(key, k, 8 + (k % 17)), StoreTestKit.Read(restarted, key)), "key " + key);
            }

            Assert.IsTrue(restarted.GetHealth().LastMount.IsClean);
        }

        [TestMethod]
        public void WritingTheSameValueAgainIsSkipped()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            byte[] value = StoreTestKit.Payload(1, 1, 16);
            StoreTestKit.Write(store, 1, value);
            int operations = flash.OperationCount;
            StoreTestKit.Write(store, 1, StoreTestKit.Payload(1, 1, 16));
            Assert.AreEqual(operations, flash.OperationCount, "identical payload: no flash write");
            Assert.AreEqual(1, store.GetHealth().WritesSkipped);
            StoreTestKit.Write(store, 1, StoreTestKit.Payload(1, 2, 16));
            Assert.AreEqual(operations + 1, flash.OperationCount);
        }

        [TestMethod]
        public void HealthDescribesSpaceAndActivity()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            StoreTestKit.Write(store, 1, new byte[12]);
            StoreTestKit.Write(store, 1, new byte[13]);
            StoreTestKit.Write(store, 2, new byte[4]);
            StoreHealth health = store.GetHealth();
            Assert.AreEqual(4, health.SectorCount);
            Assert.AreEqual(4096, health.SectorSize);
            Assert.AreEqual(1, health.SectorsInUse);
            Assert.AreEqual(3, health.SectorsErased);
            Assert.AreEqual(28 + 32 + 20, health.BytesUsed, "records are 16-byte headers plus payload, padded to 4");
            Assert.AreEqual(32 + 20, health.BytesLive);
            Assert.AreEqual((4096 - 20 - 80) + 2 * (4096 - 20), health.BytesFree);
            Assert.AreEqual(2, health.Records);
            Assert.AreEqual(3, health.Writes);
            Assert.AreEqual(0, health.Compactions);
            Assert.IsNotNull(health.LastMount);
            Assert.IsTrue(health.ToString().Length > 0);
        }

        [TestMethod]
        public void AFullStoreRefusesWithoutLosingAnything()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            RecordStore store = StoreTestKit.Mounted(flash);
            int written = 0;
            bool full = false;
            while (!full && written < 1000)
            {
                try
                {
                    StoreTestKit.Write(store, (ushort)written, StoreTestKit.Payload((ushort)written, 1, 100));
                    written++;
                }
                catch (StoreFullException)
                {
                    full = true;
                }
            }

            Assert.IsTrue(full, "the store reports full");
            Assert.IsTrue(written > 50, "most of two sectors' worth of 116-byte records fit, got " + written);
            int operations = flash.OperationCount;
            Assert.ThrowsException(typeof(StoreFullException), () => StoreTestKit.Write(store, 5000, new byte[100]));
            Assert.AreEqual(operations, flash.OperationCount, "a refused write touches no flash");

            // Overwriting with a smaller value still fits; everything else is intact, also after a restart.
            StoreTestKit.Write(store, 0, new byte[4]);
            RecordStore restarted = StoreTestKit.Mounted(flash);
            Assert.AreEqual(4, StoreTestKit.Read(restarted, 0).Length);
            for (int k = 1; k < written; k++)
            {
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, 1, 100), StoreTestKit.Read(restarted, (ushort)k)), "key " + k);
            }
        }

        [TestMethod]
        public void ReadLeavesTheBufferAloneWhenTheValueFailsItsCrc()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            StoreTestKit.Write(store, 4, StoreTestKit.Payload(4, 1, 16));

            // The flash changes under the mounted store (no remount): the CRC check must come
            // before anything reaches the caller's buffer.
            byte[] image = flash.GetImage();
            image[20 + 16 + 5] ^= 0x01;
            flash.LoadImage(image);
            byte[] buffer = new byte[20];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = 0xA5;
            }

            Assert.ThrowsException(typeof(StoreCorruptException), () => store.Read(4, buffer, 2));
            for (int i = 0; i < buffer.Length; i++)
            {
                Assert.AreEqual((byte)0xA5, buffer[i], "byte " + i);
            }
        }

        [TestMethod]
        public void HealthKeepsTheBootMountReportAndCountsRescans()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            StoreTestKit.Write(StoreTestKit.Mounted(flash), 1, new byte[8]);
            RecordStore store = new RecordStore(flash);
            MountReport boot = store.Mount();

            // A write that fails part-way (here: the flash loses power and comes back) makes the
            // next call rescan the flash; the boot's report must stay what diagnostics show.
            flash.CutPowerAtOperation(1);
            Assert.ThrowsException(typeof(PowerCutException), () => StoreTestKit.Write(store, 2, new byte[8]));
            flash.PowerOn();
            StoreHealth health = store.GetHealth();
            Assert.AreSame(boot, health.LastMount);
            Assert.AreEqual(1, health.Rescans);
            Assert.IsTrue(health.LastMount.IsClean);
            StoreTestKit.Write(store, 2, new byte[8]);
            Assert.AreEqual(1, store.GetHealth().Rescans);
            Assert.AreEqual(0, store.GetHealth().CorruptKeys);
            Assert.IsFalse(store.GetHealth().IsReadOnly);
        }
    }
}
