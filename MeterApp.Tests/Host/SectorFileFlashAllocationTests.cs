using System;
using Meter.Hal.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Program, Read and EraseSector run on the record store's hot path: the NOR-over-files layer
    /// itself must not allocate (its scratch buffers come from the constructor); what is left on
    /// the device is FileStream's own copy per call, see Hal/Device/FileStreamByteFile.cs.
    /// </summary>
    [TestClass]
    public class SectorFileFlashAllocationTests
    {
        [TestMethod]
        public void ProgramReadAndEraseDoNotAllocate()
        {
            SectorFileFlash flash = new SectorFileFlash(new MemorySectorFileSystem(), 4096, 4);
            byte[] data = new byte[48];
            byte[] buffer = new byte[64];
            Exercise(flash, data, buffer, 0, 100);

            long before = GC.GetAllocatedBytesForCurrentThread();
            Exercise(flash, data, buffer, 100, 2000);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.AreEqual(0L, allocated, "bytes allocated by 1900 programs, reads and their erases");
        }

        private static void Exercise(SectorFileFlash flash, byte[] data, byte[] buffer, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                int sector = i % flash.SectorCount;
                if (i % 50 == 0)
                {
                    flash.EraseSector(sector);
                }

                data[0] = (byte)i;
                int address = (sector * flash.SectorSize) + ((i * 48) % (flash.SectorSize - 48));
                flash.Program(address, data, 0, data.Length);
                flash.Read(address, buffer, 0, buffer.Length);
            }
        }
    }
}
