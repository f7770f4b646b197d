using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// A damaged record (valid header, payload failing its CRC) is a torn write only when it was
    /// the last thing written; anywhere else it is bit rot in a value that was once durable, and
    /// its key is reported corrupt until written again, also across compactions and power cuts.
    /// </summary>
    [TestClass]
    public class CorruptRecordTests
    {
        private const int SectorSize = 1024;
        private const int Sectors = 4;
        private const ushort Key = 0x0200;
        private const int Length = 24;

        [TestMethod]
        public void DamageToTheLastRecordWrittenIsATornWriteAndTheKeyKeepsItsOldValue()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            RecordStore store = StoreTestKit.Mounted(flash);
            StoreTestKit.Write(store, 0xF000, StoreTestKit.Payload(0xF000, 1, Length));
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 1, Length));
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 2, Length));
            Damage(flash, Key, 2);

            RecordStore restarted = new RecordStore(flash);
            MountReport report = restarted.Mount();
            Assert.AreEqual(0, report.CorruptKeys, report.ToString());
            Assert.AreEqual(1, report.CorruptAreasSkipped);
            Assert.IsFalse(restarted.IsCorrupt(Key));
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(Key, 1, Length), StoreTestKit.Read(restarted, Key)), "the torn write never happened");
        }

        [TestMethod]
        public void ATornWriteStaysATornWriteOnceTheNextWriteReusesItsSequence()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            RecordStore store = StoreTestKit.Mounted(flash);
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 1, Length));
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 2, Length));
            Damage(flash, Key, 2);

            // After the restart the torn record is followed by newer ones; the first of them
            // carries its sequence, which is what marks it as torn from now on.
            RecordStore restarted = StoreTestKit.Mounted(flash);
            for (int i = 0; i < 6; i++)
            {
                ushort other = (ushort)(0xF000 + i);
                StoreTestKit.Write(restarted, other, StoreTestKit.Payload(other, 1, Length));
                MountReport report = new RecordStore(flash).Mount();
                Assert.AreEqual(0, report.CorruptKeys, "after " + (i + 1) + " writes: " + report);
            }

            // Also once those records are superseded and carried through compactions.
            RecordStore again = StoreTestKit.Mounted(flash);
            for (int i = 0; i < 200; i++)
            {
                ushort other = (ushort)(0xF000 + (i % 6));
                StoreTestKit.Write(again, other, StoreTestKit.Payload(other, i + 2, Length));
                if (i % 20 == 0)
                {
                    RecordStore check = new RecordStore(flash);
                    Assert.AreEqual(0, check.Mount().CorruptKeys, "write " + i);
                    Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(Key, 1, Length), StoreTestKit.Read(check, Key)), "write " + i);
                }
            }

            Assert.IsTrue(again.GetHealth().Compactions > 0);
        }

        [TestMethod]
        public void ACorruptKeyStaysCorruptThroughCompactionsUntilItIsWritten()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            RecordStore store = StoreTestKit.Mounted(flash);
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 1, Length));
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 2, Length));
            StoreTestKit.Write(store, 0xF000, StoreTestKit.Payload(0xF000, 1, Length));
            Damage(flash, Key, 2);

            RecordStore restarted = StoreTestKit.Mounted(flash);
            Assert.IsTrue(restarted.IsCorrupt(Key));
            for (int i = 0; i < 300; i++)
            {
                ushort other = (ushort)(0xF000 + (i % 5));
                StoreTestKit.Write(restarted, other, StoreTestKit.Payload(other, i + 2, Length));
            }

            Assert.IsTrue(restarted.GetHealth().Compactions >= Sectors, "every sector was compacted at least once");
            RecordStore later = new RecordStore(flash);
            MountReport report = later.Mount();
            Assert.AreEqual(1, report.CorruptKeys, "the damaged record was carried along: " + report);
            Assert.ThrowsException(typeof(StoreCorruptException), () => StoreTestKit.Read(later, Key));

            StoreTestKit.Write(later, Key, StoreTestKit.Payload(Key, 3, Length));
            RecordStore healed = new RecordStore(flash);
            Assert.AreEqual(0, healed.Mount().CorruptKeys);
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(Key, 3, Length), StoreTestKit.Read(healed, Key)));
        }

        [TestMethod]
        public void ACorruptKeyStaysCorruptWhenPowerIsCutAnywhereInItsCompaction()
        {
            // Cut at every flash operation of a run that compacts the sector holding the damaged
            // record: after each restart the key is still corrupt, never its older version.
            int window = StoreTestKit.Scaled(120, 12);
            for (int cut = 1; cut <= window; cut++)
            {
                VirtualFlash flash = new VirtualFlash(SectorSize, Sectors, cut);
                RecordStore store = StoreTestKit.Mounted(flash);
                StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 1, Length));
                StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 2, Length));
                StoreTestKit.Write(store, 0xF000, StoreTestKit.Payload(0xF000, 1, Length));
                Damage(flash, Key, 2);

                RecordStore restarted = StoreTestKit.Mounted(flash);
                flash.CutPowerAtOperation(cut);
                try
                {
                    for (int i = 0; i < 1000; i++)
                    {
                        ushort other = (ushort)(0xF000 + (i % 5));
                        StoreTestKit.Write(restarted, other, StoreTestKit.Payload(other, i + 2, Length));
                    }
                }
                catch (PowerCutException)
                {
                }

                flash.PowerOn();
                RecordStore after = new RecordStore(flash);
                MountReport report = after.Mount();
                Assert.IsTrue(after.IsCorrupt(Key), "cut " + cut + ": " + report);
                Assert.IsFalse(report.NoSpareSector, "cut " + cut + ": " + report);
            }
        }

        [TestMethod]
        public void WritingACorruptKeyIsNeverSkippedAsIdentical()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            RecordStore store = StoreTestKit.Mounted(flash);
            StoreTestKit.Write(store, Key, StoreTestKit.Payload(Key, 1, Length));
            StoreTestKit.Write(store, 0xF000, StoreTestKit.Payload(0xF000, 1, Length));
            int at = Damage(flash, Key, 1);

            // The damaged bytes themselves, written back: they must land as a new, whole record.
            byte[] damaged = new byte[Length];
            flash.Read(at + 16, damaged, 0, Length);
            RecordStore restarted = StoreTestKit.Mounted(flash);
            int operations = flash.OperationCount;
            StoreTestKit.Write(restarted, Key, damaged);
            Assert.AreEqual(operations + 1, flash.OperationCount);
            Assert.IsFalse(restarted.IsCorrupt(Key));
            Assert.IsTrue(StoreTestKit.SameBytes(damaged, StoreTestKit.Read(StoreTestKit.Mounted(flash), Key)));
        }

        // Flips one payload bit of the record holding this version of the key; returns the record's address.
        private static int Damage(VirtualFlash flash, ushort key, int version)
        {
            byte[] image = flash.GetImage();
            int payload = IndexOf(image, StoreTestKit.Payload(key, version, Length));
            Assert.IsTrue(payload >= 16, "version " + version + " of key " + key + " is on flash");
            image[payload + 9] ^= 0x20;
            flash.LoadImage(image);
            return payload - 16;
        }

        private static int IndexOf(byte[] image, byte[] pattern)
        {
            for (int i = 0; i + pattern.Length <= image.Length; i++)
            {
                int j = 0;
                while (j < pattern.Length && image[i + j] == pattern[j])
                {
                    j++;
                }

                if (j == pattern.Length)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
