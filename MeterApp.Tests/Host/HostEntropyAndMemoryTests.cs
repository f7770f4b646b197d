using System;
using Meter.Hal.Host;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    [TestClass]
    public class HostEntropyAndMemoryTests
    {
        private const int HeldBytes = 10 * 1024 * 1024;

        [TestMethod]
        public void HostTrngFillsOnlyTheRequestedRange()
        {
            byte[] buffer = new byte[64];
            new HostTrng().GetBytes(buffer, 8, 48);
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual((byte)0, buffer[i]);
                Assert.AreEqual((byte)0, buffer[56 + i]);
            }

            int zeros = 0;
            for (int i = 8; i < 56; i++)
            {
                zeros += buffer[i] == 0 ? 1 : 0;
            }

            Assert.IsTrue(zeros < 16, "48 random bytes are not mostly zero");
        }

        [TestMethod]
        public void UsedMemoryGrowsByWhatIsAllocatedAndHeld()
        {
            VirtualSystemMonitor monitor = new VirtualSystemMonitor(new HostMemoryProbe());
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = monitor.UsedMemoryBytes;

            byte[] held = new byte[HeldBytes];
            held[HeldBytes - 1] = 1;
            long after = monitor.UsedMemoryBytes;
            GC.KeepAlive(held);

            Assert.IsTrue(before > 0, "used memory is known");
            Assert.IsTrue(after - before >= HeldBytes, "grew by " + (after - before) + " bytes after holding " + HeldBytes);
        }

        [TestMethod]
        public void FreeMemoryIsKnownOnceTheGcHasRunAndShrinksByWhatIsHeld()
        {
            VirtualSystemMonitor monitor = new VirtualSystemMonitor(new HostMemoryProbe());
            GC.Collect();
            long before = monitor.FreeMemoryBytes;

            byte[] held = new byte[HeldBytes];
            held[HeldBytes - 1] = 1;
            long after = monitor.FreeMemoryBytes;
            GC.KeepAlive(held);

            Assert.IsTrue(before > HeldBytes, "free memory is known after a collection: " + before);
            Assert.IsTrue(before - after >= HeldBytes, "shrank by " + (before - after) + " bytes after holding " + HeldBytes);
        }
    }
}
