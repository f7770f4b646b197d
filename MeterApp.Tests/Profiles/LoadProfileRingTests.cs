using System;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Profiles
{
    [TestClass]
    public class LoadProfileRingTests
    {
        private static readonly DateTime Start = new DateTime(2026, 5, 1, 0, 0, 0);

        [TestMethod]
        public void ANewRingIsEmpty()
        {
            LoadProfileRing ring = new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 8);
            Assert.AreEqual(0, ring.Count);
            Assert.AreEqual(8, ring.Capacity);
            Assert.IsNull(ring.Last);
            Assert.AreEqual(0, ring.Read(0, 4, new LoadProfileEntry[4]));
        }

        [TestMethod]
        public void CapturesComeBackOldestFirstWithEveryField()
        {
            LoadProfileRing ring = new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 8);
            Append(ring, 3);
            Assert.AreEqual(3, ring.Count);
            LoadProfileEntry[] entries = new LoadProfileEntry[3];
            Assert.AreEqual(3, ring.Read(0, 3, entries));
            Assert.AreEqual(1u, entries[0].Sequence);
            Assert.AreEqual(Start.AddMinutes(15), entries[0].Timestamp);
            Assert.AreEqual((byte)1, entries[0].Status);
            Assert.AreEqual(100L, entries[0].ActiveImport);
            Assert.AreEqual(10L, entries[0].ActiveExport);
            Assert.AreEqual(1000L, entries[0].ReactiveImport);
            Assert.AreEqual(10000L, entries[0].ReactiveExport);
            Assert.AreEqual(3u, entries[2].Sequence);
            Assert.AreEqual(1, ring.Read(2, 3, entries));
            Assert.AreEqual(3u, entries[0].Sequence);
            Assert.AreEqual(3u, ring.Last.Sequence);
        }

        [TestMethod]
        public void AFullRingOverwritesTheOldestCapture()
        {
            LoadProfileRing ring = new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 5);
            Append(ring, 12);
            Assert.AreEqual(5, ring.Count);
            LoadProfileEntry[] entries = new LoadProfileEntry[5];
            Assert.AreEqual(5, ring.Read(0, 5, entries));
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual((uint)(8 + i), entries[i].Sequence);
                Assert.AreEqual(Start.AddMinutes(15 * (8 + i)), entries[i].Timestamp);
            }
        }

        [TestMethod]
        public void TheRingSurvivesARemountAndContinuesItsSequence()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            Append(new LoadProfileRing(Mounted(flash), 5), 7);

            LoadProfileRing reloaded = new LoadProfileRing(Mounted(flash), 5);
            Assert.AreEqual(5, reloaded.Count);
            Assert.AreEqual(7u, reloaded.Last.Sequence);
            Assert.AreEqual(Start.AddMinutes(15 * 7), reloaded.Last.Timestamp);
            Assert.AreEqual(8u, reloaded.Append(Start.AddMinutes(15 * 8), 0, 1, 2, 3, 4).Sequence);
            LoadProfileEntry[] entries = new LoadProfileEntry[5];
            Assert.AreEqual(5, reloaded.Read(0, 5, entries));
            Assert.AreEqual(4u, entries[0].Sequence);
            Assert.AreEqual(8u, entries[4].Sequence);
        }

        [TestMethod]
        public void ClearHidesEveryCaptureAlsoAfterARemount()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            LoadProfileRing ring = new LoadProfileRing(Mounted(flash), 5);
            Append(ring, 4);
            ring.Clear();
            Assert.AreEqual(0, ring.Count);
            Assert.AreEqual(0, ring.Read(0, 5, new LoadProfileEntry[5]));
            Assert.AreEqual(4u, ring.Last.Sequence);

            LoadProfileRing reloaded = new LoadProfileRing(Mounted(flash), 5);
            Assert.AreEqual(0, reloaded.Count);
            Assert.AreEqual(4u, reloaded.Last.Sequence);
            Assert.AreEqual(5u, reloaded.Append(Start.AddHours(5), 0, 1, 2, 3, 4).Sequence);
            Assert.AreEqual(1, reloaded.Count);
        }

        [TestMethod]
        public void TheRingOwnsItsKeysAndChecksItsCapacity()
        {
            RecordStore store = Mounted(new VirtualFlash(4096, 8));
            new LoadProfileRing(store, 5);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new LoadProfileRing(store, 5));
            RecordStore other = Mounted(new VirtualFlash(4096, 8));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new LoadProfileRing(other, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new LoadProfileRing(other, RecordKeys.LoadProfileMaxSlots + 1));
            Assert.AreEqual(RecordKeys.LoadProfileMaxSlots, new LoadProfileRing(other, RecordKeys.LoadProfileMaxSlots).Capacity);
        }

        [TestMethod]
        public void TheDefaultRingWrapsWithinTheVirtualBoardsFlash()
        {
            // The virtual board's store: 64 sectors of 4 KiB. Ten days of quarter hours and a bit more.
            VirtualFlash flash = new VirtualFlash(4096, 64);
            LoadProfileRing ring = new LoadProfileRing(Mounted(flash));
            int captures = StoreTestKit.Scaled(LoadProfileRing.DefaultCapacity + 40, 20);
            Append(ring, captures);
            Assert.AreEqual(captures < ring.Capacity ? captures : ring.Capacity, ring.Count);

            LoadProfileRing reloaded = new LoadProfileRing(Mounted(flash));
            Assert.AreEqual(ring.Count, reloaded.Count);
            Assert.AreEqual((uint)captures, reloaded.Last.Sequence);
            LoadProfileEntry[] oldest = new LoadProfileEntry[1];
            Assert.AreEqual(1, reloaded.Read(0, 1, oldest));
            Assert.AreEqual((uint)(captures - reloaded.Count + 1), oldest[0].Sequence);
        }

        [TestMethod]
        public void ACorruptCaptureIsLeftOutAndTheOthersStay()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            Append(new LoadProfileRing(Mounted(flash), 8), 5);
            Damage(flash, 3, Start.AddMinutes(45));

            LoadProfileRing reloaded = new LoadProfileRing(Mounted(flash), 8);
            Assert.AreEqual(5, reloaded.Count);
            LoadProfileEntry[] entries = new LoadProfileEntry[5];
            Assert.AreEqual(4, reloaded.Read(0, 5, entries));
            Assert.AreEqual(2u, entries[1].Sequence);
            Assert.AreEqual(4u, entries[2].Sequence);
            Assert.AreEqual(0, reloaded.Read(2, 1, entries));
        }

        [TestMethod]
        public void ACorruptNewestCaptureIsReplacedByTheNextOne()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            RecordStore store = Mounted(flash);
            Append(new LoadProfileRing(store, 8), 5);
            store.Write(RecordKeys.TestFirst, new byte[] { 1, 2, 3 }, 0, 3);
            Damage(flash, 5, Start.AddMinutes(75));

            LoadProfileRing reloaded = new LoadProfileRing(Mounted(flash), 8);
            Assert.AreEqual(4u, reloaded.Last.Sequence);
            Assert.AreEqual(4, reloaded.Count);
            Assert.AreEqual(5u, reloaded.Append(Start.AddHours(2), 0, 1, 2, 3, 4).Sequence);
            LoadProfileEntry[] entries = new LoadProfileEntry[5];
            Assert.AreEqual(5, new LoadProfileRing(Mounted(flash), 8).Read(0, 5, entries));
            Assert.AreEqual(Start.AddHours(2), entries[4].Timestamp);
        }

        /// <summary>Flips a register bit of the record of the capture with this sequence and time (they lead its payload, little-endian).</summary>
        public static void Damage(VirtualFlash flash, uint sequence, DateTime timestamp)
        {
            byte[] pattern = new byte[12];
            long ticks = timestamp.Ticks;
            for (int i = 0; i < 4; i++)
            {
                pattern[i] = (byte)(sequence >> (8 * i));
            }

            for (int i = 0; i < 8; i++)
            {
                pattern[4 + i] = (byte)(ticks >> (8 * i));
            }

            byte[] image = flash.GetImage();
            int found = -1;
            for (int i = 0; i + pattern.Length <= image.Length && found < 0; i++)
            {
                int j = 0;
                while (j < pattern.Length && image[i + j] == pattern[j])
                {
                    j++;
                }

                found = j == pattern.Length ? i : -1;
            }

            Assert.IsTrue(found >= 0, "capture " + sequence + " is on flash");
            image[found + 20] ^= 0x10;
            flash.LoadImage(image);
        }

        private static void Append(LoadProfileRing ring, int count)
        {
            for (int i = 1; i <= count; i++)
            {
                ring.Append(Start.AddMinutes(15 * i), (byte)i, 100 * i, 10 * i, 1000 * i, 10000 * i);
            }
        }

        private static RecordStore Mounted(VirtualFlash flash)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return store;
        }
    }
}
