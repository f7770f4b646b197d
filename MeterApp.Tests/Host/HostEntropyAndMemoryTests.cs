using Meter.Hal.Host;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    [TestClass]
    public class HostEntropyAndMemoryTests
    {
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
        public void HostMemoryProbeFeedsTheVirtualMonitor()
        {
            VirtualSystemMonitor monitor = new VirtualSystemMonitor(new HostMemoryProbe());
            Assert.IsTrue(monitor.UsedMemoryBytes > 0);
            Assert.IsTrue(monitor.FreeMemoryBytes >= 0);
        }
    }
}
