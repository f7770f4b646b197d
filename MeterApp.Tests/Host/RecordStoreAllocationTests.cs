using System;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>Write and Read run on the device's hot paths: in steady state they must not allocate.</summary>
    [TestClass]
    public class RecordStoreAllocationTests
    {
        [TestMethod]
        public void WriteAndReadDoNotAllocateInSteadyState()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 4));
            store.Mount();
            byte[] data = new byte[24];
            byte[] buffer = new byte[64];
            for (int i = 0; i < 2000; i++)
            {
                Warm(store, data, buffer, i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 2000; i < 6000; i++)
            {
                Warm(store, data, buffer, i);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated by 4000 writes, reads and their compactions");
        }

        private static void Warm(RecordStore store, byte[] data, byte[] buffer, int i)
        {
            data[0] = (byte)i;
            data[1] = (byte)(i >> 8);
            store.Write((ushort)(i % 16), data, 0, data.Length);
            store.Read((ushort)((i + 5) % 16), buffer, 0);
        }
    }
}
