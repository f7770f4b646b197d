using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class CalibrationChangeTests
    {
        [TestMethod]
        public void PostedGainAppliesFromTheNextFrameWithoutLosingOne()
        {
            // Two identical meters on identical signals; one gets +1 % current gain after 10 frames.
            MetrologyRig reference = new MetrologyRig(new VirtualFrontEnd(new MeteringScenario(), 5));
            MetrologyRig changed = new MetrologyRig(new VirtualFrontEnd(new MeteringScenario(), 5));
            reference.Run(10);
            changed.Run(10);
            Assert.AreEqual(reference.Energy(0), changed.Energy(0), "same before the change");

            Calibration next = new Calibration(Calibration.UnityGain, (int)(Calibration.UnityGain + (Calibration.UnityGain / 100L)), Calibration.UnityGain, 0, 0, 0);
            changed.Task.PostCalibration(next);
            Assert.AreSame(Calibration.Unity, changed.Task.Calibration, "not applied mid-frame");
            double before = reference.Energy(0);
            reference.Run(1);
            changed.Run(1);
            Assert.AreSame(next, changed.Task.Calibration);
            double ratio = (changed.Energy(0) - before) / (reference.Energy(0) - before);
            Assert.IsTrue(Math.Abs(ratio - 1.01) < 1e-6, "P rises by 1 %: " + ratio.ToString());
            Assert.AreEqual(0L, changed.Task.LostFrames);
            Assert.AreEqual(11L, changed.Task.Frames);
        }

        [TestMethod]
        public void SetCalibrationBackToUnityRestoresTheSameMeasurement()
        {
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(new MeteringScenario(), 5);
            FrameMeasurement measurement = new FrameMeasurement(frontEnd, Calibration.Unity);
            Meter.Hal.Metrology.MetrologyFrame frame = new Meter.Hal.Metrology.MetrologyFrame();
            Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
            Measurement unity = new Measurement();
            Measurement again = new Measurement();
            measurement.Measure(frame, unity);
            measurement.SetCalibration(new Calibration(Calibration.UnityGain + 1000000, Calibration.UnityGain, Calibration.UnityGain, 0, 0, 5000));
            measurement.SetCalibration(Calibration.Unity);
            measurement.Measure(frame, again);
            Assert.AreEqual(unity.ActiveMicrowatts, again.ActiveMicrowatts);
            Assert.AreEqual(unity.VoltageMillivolts, again.VoltageMillivolts);
        }
    }
}
