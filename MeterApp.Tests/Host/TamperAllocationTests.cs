using System;
using Meter.Metrology;
using Meter.Tamper;
using Meter.Tests.SerialConsole;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>The tamper detector runs on every frame: without a state change it must not allocate.</summary>
    [TestClass]
    public class TamperAllocationTests
    {
        [TestMethod]
        public void JudgingSteadyFramesDoesNotAllocate()
        {
            SampleTamperDetector detector = new SampleTamperDetector(TamperSettings.For(230000, 5000), new RecordingEvents());
            Measurement frame = new Measurement();
            frame.VoltageMillivolts = 230000;
            frame.CurrentMicroamps = 5000000;
            frame.NeutralMicroamps = 2000000;
            frame.ActiveMicrowatts = -1150000000;
            for (int k = 0; k < 10; k++)
            {
                detector.Update(frame);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 0; k < 10000; k++)
            {
                detector.Update(frame);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 10 000 steady frames");
            Assert.IsTrue(detector.IsActive(TamperCondition.ReversePower) && detector.IsActive(TamperCondition.CurrentImbalance), "conditions held active");
        }
    }
}
