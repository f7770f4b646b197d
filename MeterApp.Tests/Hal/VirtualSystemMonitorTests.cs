using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualSystemMonitorTests
    {
        [TestMethod]
        public void WithoutAProbeMemoryIsUnknown()
        {
            VirtualSystemMonitor monitor = new VirtualSystemMonitor();
            Assert.AreEqual(-1L, monitor.FreeMemoryBytes);
            Assert.AreEqual(-1L, monitor.UsedMemoryBytes);
        }

        [TestMethod]
        public void AProbeSuppliesTheFigures()
        {
            VirtualSystemMonitor monitor = new VirtualSystemMonitor(new FixedProbe());
            Assert.AreEqual(1000L, monitor.FreeMemoryBytes);
            Assert.AreEqual(24L, monitor.UsedMemoryBytes);
        }

        [TestMethod]
        public void RebootRaisesRebootRequestedAndReturns()
        {
            VirtualSystemMonitor monitor = new VirtualSystemMonitor();
            int[] raised = new int[1];
            monitor.RebootRequested += (sender, e) => raised[0]++;
            monitor.Reboot();
            monitor.Reboot();
            Assert.AreEqual(2, raised[0]);
            Assert.AreEqual(2, monitor.RebootRequestCount);
        }

        private sealed class FixedProbe : IMemoryProbe
        {
            public long FreeMemoryBytes
            {
                get { return 1000; }
            }

            public long UsedMemoryBytes
            {
                get { return 24; }
            }
        }
    }
}
