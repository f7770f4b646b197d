using System;
using System.IO;
using Meter.Hal.Host;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    [TestClass]
    public class FileBackedFlashTests
    {
        [TestMethod]
        public void ANewFileIsCreatedErased()
        {
            string directory = NewDirectory();
            try
            {
                using (FileBackedFlash flash = new FileBackedFlash(directory, "flash.bin", 4096, 4))
                {
                    Assert.AreEqual(4096, flash.SectorSize);
                    Assert.AreEqual(4, flash.SectorCount);
                }

                byte[] content = File.ReadAllBytes(Path.Combine(directory, "flash.bin"));
                Assert.AreEqual(4 * 4096, content.Length);
                Assert.IsTrue(Array.TrueForAll(content, b => b == 0xFF), "erased");
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [TestMethod]
        public void RecordsSurviveReopeningTheFile()
        {
            string directory = NewDirectory();
            try
            {
                using (FileBackedFlash flash = new FileBackedFlash(directory, "flash.bin", 4096, 4))
                {
                    RecordStore store = new RecordStore(flash);
                    store.Mount();
                    for (int i = 0; i < 400; i++)
                    {
                        store.Write((ushort)(i % 9), BitConverter.GetBytes(i), 0, 4);
                    }

                    new PersistentCounter(store, RecordKeys.BootCount).Increment();
                }

                using (FileBackedFlash reopened = new FileBackedFlash(directory, "flash.bin", 4096, 4))
                {
                    RecordStore store = new RecordStore(reopened);
                    MountReport report = store.Mount();
                    Assert.IsTrue(report.IsClean, report.ToString());
                    Assert.IsFalse(report.WasBlank);
                    byte[] buffer = new byte[4];
                    for (int k = 0; k < 9; k++)
                    {
                        Assert.AreEqual(4, store.Read((ushort)k, buffer, 0));
                        Assert.AreEqual(399 - ((399 - k) % 9), BitConverter.ToInt32(buffer, 0), "key " + k + " holds its last value");
                    }

                    Assert.AreEqual(1L, new PersistentCounter(store, RecordKeys.BootCount).Value);
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [TestMethod]
        public void ProgramAndsIntoTheFile()
        {
            string directory = NewDirectory();
            try
            {
                using (FileBackedFlash flash = new FileBackedFlash(directory, "flash.bin", 256, 2))
                {
                    flash.Program(300, new byte[] { 0xF0 }, 0, 1);
                    flash.Program(300, new byte[] { 0x3F }, 0, 1);
                    flash.EraseSector(0);
                }

                byte[] content = File.ReadAllBytes(Path.Combine(directory, "flash.bin"));
                Assert.AreEqual((byte)0x30, content[300]);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [TestMethod]
        public void AFileOfTheWrongSizeIsRejectedClearly()
        {
            string directory = NewDirectory();
            try
            {
                File.WriteAllBytes(Path.Combine(directory, "flash.bin"), new byte[1000]);
                try
                {
                    new FileBackedFlash(directory, "flash.bin", 4096, 4).Dispose();
                    Assert.IsTrue(false, "a wrong-sized file must be rejected");
                }
                catch (InvalidDataException e)
                {
                    Assert.Contains("1000 bytes", e.Message);
                    Assert.Contains("16384", e.Message);
                }

                Assert.AreEqual(1000L, new FileInfo(Path.Combine(directory, "flash.bin")).Length, "the file is left alone");
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        private static string NewDirectory()
        {
            string directory = Path.Combine(Path.GetTempPath(), "meter-flash-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            return directory;
        }
    }
}
