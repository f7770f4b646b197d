using System;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>Measuring a frame must not allocate: it runs for every frame on the device.</summary>
    [TestClass]
    public class MeasurementAllocationTests
    {
        [TestMethod]
        public void MeasuringAFrameDoesNotAllocate()
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.PhaseDegrees = 30.0;
            scenario.FrequencyHz = 49.5;
            scenario.CurrentNoiseLsb = 2.0;
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 3);
            Calibration calibration = new Calibration(Calibration.UnityGain, Calibration.UnityGain, Calibration.UnityGain, 1000, 1000, -8727);
            FrameMeasurement measurement = new FrameMeasurement(frontEnd, calibration);
            MetrologyFrame frame = new MetrologyFrame();
            Measurement result = new Measurement();
            Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
            measurement.Measure(frame, result);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 0; k < 10000; k++)
            {
                measurement.Measure(frame, result);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 10 000 measurements");
            Assert.IsTrue(result.ReactiveMicrovars > 0, "the off-nominal and phase paths ran");
        }
    }
}
