using System;
using Meter.Hal.Storage;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class SectorFileFlashTests
    {
        private const int SectorSize = 256;
        private const int Sectors = 4;

        [TestMethod]
        public void AFreshStoreIsOneErasedFilePerSectorCreatedLastToFirstThenMarked()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);

            Assert.AreEqual(SectorSize, flash.SectorSize);
            Assert.AreEqual(Sectors, flash.SectorCount);
            Assert.AreEqual(Sectors, files.FileCount);
            CollectionAssert.AreEqual(new int[] { 3, 2, 1, 0 }, files.Creations);
            Assert.IsTrue(files.MarkerExists);
            byte[] image = new byte[SectorSize * Sectors];
            flash.Read(0, image, 0, image.Length);
            for (int i = 0; i < image.Length; i++)
            {
                Assert.AreEqual((byte)0xFF, image[i], "byte " + i);
            }
        }

        [TestMethod]
        public void AProgramIsOneAndMergedWriteOfJustItsBytes()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);
            flash.Program(SectorSize + 10, new byte[] { 0x0F, 0xF0, 0x00 }, 0, 3);
            int writesBefore = files.File(1).WriteCount;

            flash.Program(SectorSize + 10, new byte[] { 0x3C, 0x3C, 0xFF }, 0, 3);

            Assert.AreEqual(writesBefore + 1, files.File(1).WriteCount);
            Assert.AreEqual(3, files.File(1).LastWriteLength);
            Assert.AreEqual((byte)0x0C, files.File(1).At(10));
            Assert.AreEqual((byte)0x30, files.File(1).At(11));
            Assert.AreEqual((byte)0x00, files.File(1).At(12));
            Assert.AreEqual((byte)0xFF, files.File(1).At(13));
            Assert.AreEqual((long)SectorSize, files.File(1).Length);
        }

        [TestMethod]
        public void AProgramThatClearsNoBitWritesNothing()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);
            flash.Program(20, new byte[] { 0x0F }, 0, 1);
            int writesBefore = files.File(0).WriteCount;

            flash.Program(20, new byte[] { 0xFF }, 0, 1);
            flash.Program(20, new byte[] { 0x1F }, 0, 1);

            Assert.AreEqual(writesBefore, files.File(0).WriteCount);
            Assert.AreEqual((byte)0x0F, files.File(0).At(20));
        }

        [TestMethod]
        public void AProgramAcrossASectorBoundaryWritesEachSectorOnce()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);
            int writes1 = files.File(1).WriteCount;
            int writes2 = files.File(2).WriteCount;

            byte[] data = new byte[] { 9, 1, 2, 3, 4, 9 };
            flash.Program((2 * SectorSize) - 2, data, 1, 4);

            Assert.AreEqual(writes1 + 1, files.File(1).WriteCount);
            Assert.AreEqual(2, files.File(1).LastWriteLength);
            Assert.AreEqual(writes2 + 1, files.File(2).WriteCount);
            Assert.AreEqual(2, files.File(2).LastWriteLength);
            byte[] back = new byte[4];
            flash.Read((2 * SectorSize) - 2, back, 0, 4);
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4 }, back);
        }

        [TestMethod]
        public void AnEraseIsOneWholeSectorWriteOfErasedBytes()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);
            flash.Program((3 * SectorSize) + 7, new byte[] { 0, 0 }, 0, 2);
            int writesBefore = files.File(3).WriteCount;

            flash.EraseSector(3);

            Assert.AreEqual(writesBefore + 1, files.File(3).WriteCount);
            Assert.AreEqual(SectorSize, files.File(3).LastWriteLength);
            Assert.AreEqual((byte)0xFF, files.File(3).At(7));
            Assert.AreEqual((byte)0xFF, files.File(3).At(8));
        }

        [TestMethod]
        public void AReopenedStoreKeepsItsContentAndCreatesNothing()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            new SectorFileFlash(files, SectorSize, Sectors).Program(100, new byte[] { 0x42 }, 0, 1);
            int creations = files.Creations.Length;

            SectorFileFlash reopened = new SectorFileFlash(files, SectorSize, Sectors);

            Assert.AreEqual(creations, files.Creations.Length);
            byte[] back = new byte[1];
            reopened.Read(100, back, 0, 1);
            Assert.AreEqual((byte)0x42, back[0]);
        }

        [TestMethod]
        public void ACutDuringCreationIsFinishedAtTheNextBoot()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            files.CutPowerAfterWrites(2);
            Assert.ThrowsException(typeof(PowerCutException), () => new SectorFileFlash(files, SectorSize, Sectors));
            Assert.IsFalse(files.MarkerExists);
            Assert.IsFalse(files.Exists(0));

            files.PowerOn();
            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);

            Assert.IsTrue(files.MarkerExists);
            Assert.AreEqual(Sectors, files.FileCount);
            byte[] image = new byte[SectorSize * Sectors];
            flash.Read(0, image, 0, image.Length);
            for (int i = 0; i < image.Length; i++)
            {
                Assert.AreEqual((byte)0xFF, image[i], "byte " + i);
            }
        }

        [TestMethod]
        public void ACutBeforeTheMarkerLeavesAStoreThatIsMarkedAtTheNextBoot()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            files.CutPowerAfterWrites(Sectors);
            Assert.ThrowsException(typeof(PowerCutException), () => new SectorFileFlash(files, SectorSize, Sectors));
            Assert.IsFalse(files.MarkerExists);

            files.PowerOn();
            int creations = files.Creations.Length;
            new SectorFileFlash(files, SectorSize, Sectors);

            Assert.IsTrue(files.MarkerExists);
            Assert.AreEqual(creations, files.Creations.Length, "the whole store is kept, not made again");
        }

        [TestMethod]
        public void AMarkedStoreWhoseFilesAreGoneIsRefusedNotRecreatedBlank()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            new SectorFileFlash(files, SectorSize, Sectors);
            for (int sector = 0; sector < Sectors; sector++)
            {
                files.Delete(sector);
            }

            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize, Sectors));
            Assert.AreEqual(0, files.FileCount, "nothing was created");
        }

        [TestMethod]
        public void AStoreOfAnotherSectorSizeIsRefused()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            new SectorFileFlash(files, SectorSize, Sectors);
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize * 2, Sectors));
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize / 2, Sectors));
            Assert.AreEqual((long)SectorSize, files.File(0).Length, "nothing was resized");
        }

        [TestMethod]
        public void AStoreOfAnotherSectorCountOrWithStrayFilesIsRefused()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            new SectorFileFlash(files, SectorSize, Sectors);
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize, Sectors + 1));
            Assert.IsFalse(files.Exists(Sectors), "the store did not grow");
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize, Sectors - 1));

            files.ForeignFiles = 1;
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize, Sectors));
        }

        [TestMethod]
        public void AMissingSectorFileIsRefused()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            new SectorFileFlash(files, SectorSize, Sectors);
            files.Delete(2);
            files.ForeignFiles = 1;
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(files, SectorSize, Sectors));
        }

        [TestMethod]
        public void AFileSystemThatAppendsOrTruncatesOnWriteIsRefusedAtBoot()
        {
            MemorySectorFileSystem appending = new MemorySectorFileSystem();
            new SectorFileFlash(appending, SectorSize, Sectors);
            appending.WritesAppend = true;
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(appending, SectorSize, Sectors));

            MemorySectorFileSystem truncating = new MemorySectorFileSystem();
            new SectorFileFlash(truncating, SectorSize, Sectors);
            truncating.WritesTruncate = true;
            Assert.ThrowsException(typeof(FlashLayoutException), () => new SectorFileFlash(truncating, SectorSize, Sectors));
        }

        [TestMethod]
        public void BadArgumentsAreRejected()
        {
            MemorySectorFileSystem files = new MemorySectorFileSystem();
            Assert.ThrowsException(typeof(ArgumentNullException), () => new SectorFileFlash(null, SectorSize, Sectors));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SectorFileFlash(files, 0, Sectors));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SectorFileFlash(files, SectorSize, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SectorFileFlash(files, 1 << 20, 1 << 12));

            SectorFileFlash flash = new SectorFileFlash(files, SectorSize, Sectors);
            byte[] buffer = new byte[4];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Read(-1, buffer, 0, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Read((SectorSize * Sectors) - 3, buffer, 0, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Program(0, buffer, 2, 3));
            Assert.ThrowsException(typeof(ArgumentNullException), () => flash.Program(0, null, 0, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.EraseSector(Sectors));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.EraseSector(-1));
        }
    }
}
