using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// Whatever the flash holds at boot, Mount does not throw, says what it found, the store keeps
    /// working, and records in sectors the damage did not touch keep their newest value.
    /// </summary>
    [TestClass]
    public class GarbageAtBootTests
    {
        private const int SectorSize = 4096;
        private const int Sectors = 5;
        private const int Keys = 60;
        private const int PayloadLength = 40;

        [TestMethod]
        public void RandomBytesOverTheWholeFlashGiveAnEmptyWorkingStore()
        {
            for (int seed = 1; seed <= StoreTestKit.Scaled(10, 2); seed++)
            {
                VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
                byte[] image = new byte[flash.Size];
                new DeterministicRandom(seed).NextBytes(image, 0, image.Length);
                flash.LoadImage(image);

                RecordStore store = new RecordStore(flash);
                MountReport report = store.Mount();
                Assert.AreEqual(Sectors, report.SectorsErased, "seed " + seed);
                Assert.IsTrue(report.WasFormatted, "seed " + seed);
                Assert.IsFalse(report.WasBlank);
                Assert.AreEqual(0, report.LiveRecords);
                AssertStoreWorks(flash, store, "seed " + seed);
            }
        }

        [TestMethod]
        public void RandomBytesOverOneSectorLoseOnlyThatSector()
        {
            for (int victim = 0; victim < Sectors; victim++)
            {
                VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
                int[] versions = BuildStore(flash);
                byte[] image = flash.GetImage();
                int[] homes = Homes(image, versions);
                new DeterministicRandom(victim + 100).NextBytes(image, victim * SectorSize, SectorSize);
                flash.LoadImage(image);

                RecordStore store = new RecordStore(flash);
                MountReport report = store.Mount();
                Assert.IsTrue(report.SectorsErased + report.CorruptAreasSkipped > 0, "the damage is reported: " + report);
                AssertSurvivors(store, versions, homes, victim, "sector " + victim + " randomised");
                AssertStoreWorks(flash, store, "sector " + victim + " randomised");
            }
        }

        [TestMethod]
        public void ASmashedSectorHeaderLosesNothing()
        {
            for (int victim = 0; victim < Sectors; victim++)
            {
                VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
                int[] versions = BuildStore(flash);
                byte[] image = flash.GetImage();
                bool wasInUse = image[victim * SectorSize] != 0xFF;
                new DeterministicRandom(victim + 200).NextBytes(image, victim * SectorSize, 20);
                flash.LoadImage(image);

                RecordStore store = new RecordStore(flash);
                MountReport report = store.Mount();
                string context = "sector " + victim + " (in use: " + wasInUse + ") header smashed: " + report;
                if (wasInUse)
                {
                    // Its records are whole: the sector stays in use, without a sequence of its own.
                    Assert.AreEqual(1, report.DamagedHeaderSectors, context);
                    Assert.AreEqual(0, report.SectorsErased, context);
                }
                else
                {
                    // The spare: nothing but 0xFF behind the header, so it is erased again.
                    Assert.AreEqual(0, report.DamagedHeaderSectors, context);
                    Assert.AreEqual(1, report.SectorsErased, context);
                }

                Assert.IsFalse(report.IsClean, context);
                AssertAllIntact(store, versions, context);
                AssertStoreWorks(flash, store, context);
            }
        }

        [TestMethod]
        public void ASectorWithASmashedHeaderIsCompactedFirstAndThenErased()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            int[] versions = BuildStore(flash);
            byte[] image = flash.GetImage();
            int victim = OldestInUse(image);
            new DeterministicRandom(5).NextBytes(image, victim * SectorSize, 20);
            flash.LoadImage(image);

            RecordStore store = new RecordStore(flash);
            Assert.AreEqual(1, store.Mount().DamagedHeaderSectors);
            int compactions = 0;
            for (int i = 0; compactions == 0; i++)
            {
                ushort key = (ushort)(0xF000 + (i % 7));
                StoreTestKit.Write(store, key, StoreTestKit.Payload(key, i, 24));
                compactions = store.GetHealth().Compactions;
            }

            RecordStore restarted = new RecordStore(flash);
            MountReport report = restarted.Mount();
            Assert.AreEqual(0, report.DamagedHeaderSectors, "the first compaction took the headerless sector: " + report);
            Assert.IsTrue(report.IsClean, report.ToString());
            AssertAllIntact(restarted, versions, "after the compaction");
        }

        [TestMethod]
        public void ABitFlipInAPayloadMakesOnlyThatKeyCorrupt()
        {
            // Bit rot, not a torn write: more records were written after the damaged one. An
            // older version of the key is no substitute (for a counter it would mean going back).
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            int[] versions = BuildStore(flash);
            byte[] image = flash.GetImage();
            ushort key = 17;
            int at = IndexOf(image, StoreTestKit.Payload(key, versions[key], PayloadLength));
            image[at + 10] ^= 0x04;
            flash.LoadImage(image);

            RecordStore store = new RecordStore(flash);
            MountReport report = store.Mount();
            Assert.AreEqual(1, report.CorruptAreasSkipped, report.ToString());
            Assert.AreEqual(1, report.CorruptKeys, report.ToString());
            Assert.IsFalse(report.IsClean);
            Assert.IsTrue(store.IsCorrupt(key));
            Assert.IsTrue(store.Contains(key), "a corrupt key is not absent");
            Assert.ThrowsException(typeof(StoreCorruptException), () => StoreTestKit.Read(store, key));
            for (int k = 0; k < Keys; k++)
            {
                if (k != key)
                {
                    Assert.IsFalse(store.IsCorrupt((ushort)k));
                    Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, versions[k], PayloadLength), StoreTestKit.Read(store, (ushort)k)), "key " + k);
                }
            }

            // Writing the key replaces the damaged record.
            StoreTestKit.Write(store, key, StoreTestKit.Payload(key, 1000, PayloadLength));
            Assert.IsFalse(store.IsCorrupt(key));
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(key, 1000, PayloadLength), StoreTestKit.Read(StoreTestKit.Mounted(flash), key)));
            AssertStoreWorks(flash, store, "payload bit flip");
        }

        [TestMethod]
        public void ABitFlipInARecordHeaderDoesNotHideTheRecordsAfterIt()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            RecordStore store = StoreTestKit.Mounted(flash);
            for (ushort k = 0; k < 10; k++)
            {
                StoreTestKit.Write(store, k, StoreTestKit.Payload(k, 1, 30));
            }

            // Records of 16 + 30 bytes padded to 48 follow the 20-byte sector header; flip a bit
            // of the length field of the fourth record.
            byte[] image = flash.GetImage();
            image[20 + (3 * 48) + 2] ^= 0x10;
            flash.LoadImage(image);

            RecordStore restarted = new RecordStore(flash);
            MountReport report = restarted.Mount();
            Assert.AreEqual(1, report.CorruptAreasSkipped, report.ToString());
            Assert.AreEqual(9, report.LiveRecords);
            Assert.IsFalse(restarted.Contains(3));
            for (ushort k = 0; k < 10; k++)
            {
                if (k != 3)
                {
                    Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(k, 1, 30), StoreTestKit.Read(restarted, k)), "key " + k);
                }
            }

            AssertStoreWorks(flash, restarted, "header bit flip");
        }

        [TestMethod]
        public void ASectorOfAnUnknownFormatVersionMakesTheStoreReadOnlyAndIsNeverErased()
        {
            // As after a firmware downgrade: a newer firmware opened a sector in its own format.
            // Erasing anything could lose its counters and keys; the store must not write at all.
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            int[] versions = BuildStore(flash);
            byte[] image = flash.GetImage();
            int spare = FirstErased(image);
            int garbage = OldestInUse(image);
            new DeterministicRandom(9).NextBytes(image, garbage * SectorSize, SectorSize);
            byte[] header = UnknownVersionHeader();
            System.Array.Copy(header, 0, image, spare * SectorSize, header.Length);
            flash.LoadImage(image);
            int operations = flash.OperationCount;

            RecordStore store = new RecordStore(flash);
            MountReport report = store.Mount();
            Assert.AreEqual(1, report.UnknownVersionSectors, report.ToString());
            Assert.IsTrue(report.RefusedUnknownVersion);
            Assert.AreEqual(0, report.SectorsErased, "not even the garbage sector is erased");
            Assert.IsFalse(report.IsClean);
            Assert.IsTrue(store.IsReadOnly);
            Assert.IsTrue(store.GetHealth().IsReadOnly);
            for (int k = 0; k < Keys; k++)
            {
                byte[] found = StoreTestKit.Read(store, (ushort)k);
                Assert.IsTrue(found == null || StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, Version(found), PayloadLength), found), "key " + k + " reads a real version");
            }

            Assert.ThrowsException(typeof(StoreReadOnlyException), () => StoreTestKit.Write(store, 1, new byte[4]));
            Assert.ThrowsException(typeof(StoreReadOnlyException), () => new PersistentCounter(store, RecordKeys.BootCount).Increment());
            Assert.AreEqual(operations, flash.OperationCount, "nothing programmed or erased");
            Assert.IsTrue(StoreTestKit.SameBytes(image, flash.GetImage()), "the flash is exactly as it was");

            // The same holds at every later boot.
            RecordStore again = new RecordStore(flash);
            Assert.IsTrue(again.Mount().RefusedUnknownVersion);
            Assert.IsTrue(StoreTestKit.SameBytes(image, flash.GetImage()));
        }

        [TestMethod]
        public void AFlashOfOnlyAnUnknownFormatVersionIsNotFormatted()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            byte[] header = UnknownVersionHeader();
            flash.Program(2 * SectorSize, header, 0, header.Length);

            RecordStore store = new RecordStore(flash);
            MountReport report = store.Mount();
            Assert.AreEqual(1, report.UnknownVersionSectors);
            Assert.AreEqual(0, report.SectorsErased);
            Assert.IsFalse(report.WasFormatted);
            Assert.IsFalse(report.WasBlank);
            Assert.IsTrue(store.IsReadOnly);
            Assert.ThrowsException(typeof(StoreReadOnlyException), () => StoreTestKit.Write(store, 1, new byte[4]));
            Assert.AreEqual(1, flash.OperationCount, "only the test's own program");
        }

        [TestMethod]
        public void RandomDamageToAValidStoreNeverBreaksMount()
        {
            VirtualFlash reference = new VirtualFlash(SectorSize, Sectors);
            BuildStore(reference);
            byte[] pristine = reference.GetImage();
            DeterministicRandom random = new DeterministicRandom(77);
            int rounds = StoreTestKit.Scaled(150, 8);
            for (int round = 0; round < rounds; round++)
            {
                byte[] image = new byte[pristine.Length];
                System.Array.Copy(pristine, image, image.Length);
                int damage = 1 + random.Next(40);
                for (int d = 0; d < damage; d++)
                {
                    int at = random.Next(image.Length);
                    image[at] = random.Next(3) == 0 ? (byte)(image[at] ^ (1 << random.Next(8))) : (byte)random.NextUInt();
                }

                VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
                flash.LoadImage(image);
                RecordStore store = new RecordStore(flash);
                store.Mount();
                for (int k = 0; k < Keys; k++)
                {
                    // Either a real version, or reported corrupt: never made-up bytes.
                    if (store.IsCorrupt((ushort)k))
                    {
                        Assert.ThrowsException(typeof(StoreCorruptException), () => StoreTestKit.Read(store, (ushort)k));
                        continue;
                    }

                    byte[] found = StoreTestKit.Read(store, (ushort)k);
                    if (found != null)
                    {
                        Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, Version(found), PayloadLength), found), "round " + round + ": key " + k + " holds a real version");
                    }
                }

                AssertStoreWorks(flash, store, "round " + round);
            }
        }

        // Sixty keys, each rewritten a few times, over enough writes to rotate through the ring.
        private static int[] BuildStore(VirtualFlash flash)
        {
            RecordStore store = StoreTestKit.Mounted(flash);
            int[] versions = new int[Keys];
            for (int i = 0; i < 700; i++)
            {
                int k = (i * 37) % Keys;
                versions[k]++;
                StoreTestKit.Write(store, (ushort)k, StoreTestKit.Payload((ushort)k, versions[k], PayloadLength));
            }

            return versions;
        }

        // The sector that holds the newest record of each key.
        private static int[] Homes(byte[] image, int[] versions)
        {
            int[] homes = new int[versions.Length];
            for (int k = 0; k < versions.Length; k++)
            {
                int at = IndexOf(image, StoreTestKit.Payload((ushort)k, versions[k], PayloadLength));
                Assert.IsTrue(at >= 0, "key " + k + " is on flash");
                homes[k] = at / SectorSize;
            }

            return homes;
        }

        private static void AssertSurvivors(RecordStore store, int[] versions, int[] homes, int damaged, string context)
        {
            for (int k = 0; k < versions.Length; k++)
            {
                byte[] found = StoreTestKit.Read(store, (ushort)k);
                if (homes[k] != damaged)
                {
                    Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, versions[k], PayloadLength), found), context + ": key " + k + " survives");
                }
                else if (found != null)
                {
                    Assert.IsTrue(Version(found) < versions[k], context + ": key " + k + " falls back to an older version");
                    Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, Version(found), PayloadLength), found), context + ": key " + k + " older version is whole");
                }
            }
        }

        private static void AssertAllIntact(RecordStore store, int[] versions, string context)
        {
            for (int k = 0; k < versions.Length; k++)
            {
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, versions[k], PayloadLength), StoreTestKit.Read(store, (ushort)k)), context + ": key " + k);
            }
        }

        private static byte[] UnknownVersionHeader()
        {
            byte[] header = new byte[] { 0x4D, 0x52, 0x53, 0x31, 0x02, 0x00, 0xFF, 0xFF, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
            uint crc = Crc32.Compute(header, 0, 16);
            header[16] = (byte)crc;
            header[17] = (byte)(crc >> 8);
            header[18] = (byte)(crc >> 16);
            header[19] = (byte)(crc >> 24);
            return header;
        }

        private static int FirstErased(byte[] image)
        {
            for (int s = 0; s < Sectors; s++)
            {
                if (image[s * SectorSize] == 0xFF && image[(s * SectorSize) + 19] == 0xFF)
                {
                    return s;
                }
            }

            return -1;
        }

        // The in-use sector with the lowest sector sequence (header bytes 8..11).
        private static int OldestInUse(byte[] image)
        {
            int best = -1;
            uint bestSequence = uint.MaxValue;
            for (int s = 0; s < Sectors; s++)
            {
                int at = s * SectorSize;
                uint sequence = (uint)(image[at + 8] | (image[at + 9] << 8) | (image[at + 10] << 16) | (image[at + 11] << 24));
                if (image[at] != 0xFF && sequence < bestSequence)
                {
                    best = s;
                    bestSequence = sequence;
                }
            }

            return best;
        }

        // New writes go through, read back, and survive another restart.
        private static void AssertStoreWorks(VirtualFlash flash, RecordStore store, string context)
        {
            for (int i = 0; i < 150; i++)
            {
                ushort key = (ushort)(0xF000 + (i % 7));
                StoreTestKit.Write(store, key, StoreTestKit.Payload(key, i, 24));
            }

            RecordStore again = new RecordStore(flash);
            MountReport report = again.Mount();
            Assert.IsTrue(report.SectorsErased == 0 && !report.NoSpareSector, context + ": second mount finds no more damage: " + report);
            for (int i = 143; i < 150; i++)
            {
                ushort key = (ushort)(0xF000 + (i % 7));
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(key, i, 24), StoreTestKit.Read(again, key)), context + ": new key " + key);
            }
        }

        private static int Version(byte[] payload)
        {
            return payload[0] | (payload[1] << 8) | (payload[2] << 16);
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
