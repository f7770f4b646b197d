using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class MetrologyTaskTests
    {
        // 300 frames of 819 samples at 4096 Hz: about 60 s of metering on unlocked frames.
        private const int Frames = 300;
        private const double Samples = Frames * 819.0;
        private const double ApparentMicrowatts = 1150000000.0;

        private static MeteringScenario Scenario(double phaseDegrees)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.PhaseDegrees = phaseDegrees;
            scenario.VoltageNoiseLsb = 2.0;
            scenario.CurrentNoiseLsb = 2.0;
            scenario.VoltageOffsetLsb = 37.0;
            scenario.CurrentOffsetLsb = -21.0;
            return scenario;
        }

        [TestMethod]
        [DataRow(0.0)]
        [DataRow(60.0)]
        [DataRow(-36.869897645844)]
        public void RegistersTheClosedFormEnergyAndLosesNoFrame(double phaseDegrees)
        {
            MetrologyRig rig = new MetrologyRig(new VirtualFrontEnd(Scenario(phaseDegrees), 5));
            rig.Run(Frames);
            double angle = phaseDegrees * Math.PI / 180.0;
            double active = ApparentMicrowatts * Math.Cos(angle) * Samples;
            double reactive = ApparentMicrowatts * Math.Sin(angle) * Samples;
            Near(active, rig.Energy(0), 1e-3, "A+");
            Assert.AreEqual(0.0, rig.Energy(1), "A−");
            if (phaseDegrees > 0)
            {
                Near(reactive, rig.Energy(2), 1e-3, "R+");
            }
            else if (phaseDegrees < 0)
            {
                Near(-reactive, rig.Energy(3), 1e-3, "R−");
            }

            Assert.AreEqual(0L, rig.Task.LostFrames);
            Assert.AreEqual((long)Frames, rig.Task.Frames);
            Assert.AreEqual((long)(rig.Energy(0) / rig.Pulses.PulseSize), rig.Output.PulseCount, "pulses follow A+");
            Assert.AreEqual(Frames - 5L, rig.Task.Latest.Sequence, "a snapshot every 5 frames");
        }

        [TestMethod]
        public void ReversePowerLandsInActiveExport()
        {
            MetrologyRig rig = new MetrologyRig(new VirtualFrontEnd(Scenario(180.0), 5));
            rig.Run(50);
            Near(ApparentMicrowatts * 50 * 819, rig.Energy(1), 1e-3, "A−");
            Assert.AreEqual(0.0, rig.Energy(0), "A+");
            Assert.AreEqual(0L, rig.Output.PulseCount, "the pulse output counts import only");
        }

        [TestMethod]
        public void AtNoLoadNothingMoves()
        {
            MeteringScenario scenario = Scenario(0.0);
            scenario.VoltageRms = 1.15 * 230.0;
            scenario.CurrentRms = 0.0;
            scenario.CurrentNoiseLsb = 0.5;
            MetrologyRig rig = new MetrologyRig(new VirtualFrontEnd(scenario, 5));
            rig.Run(Frames);
            for (int r = 0; r < 4; r++)
            {
                Assert.AreEqual(0.0, rig.Energy(r), "register " + r);
            }

            Assert.AreEqual(0L, rig.Output.PulseCount);
            Assert.AreEqual(0L, rig.Task.LostFrames);
        }

        [TestMethod]
        public void AGapInTheSequenceIsCountedAsALostFrame()
        {
            MetrologyRig rig = new MetrologyRig(new SkippingFrontEnd(new VirtualFrontEnd(Scenario(0.0), 5), 7));
            rig.Run(20);
            Assert.AreEqual(1L, rig.Task.LostFrames);
        }

        [TestMethod]
        public void RunsAsTheCriticalMetrologyTask()
        {
            MetrologyRig rig = new MetrologyRig(new VirtualFrontEnd(Scenario(0.0), 5));
            Assert.IsTrue(rig.Task.Priority == TaskPriority.Metrology, "highest priority");
            Assert.IsTrue(rig.Task.IsCritical);
            Assert.IsNull(rig.Task.Latest, "nothing published before the first frame");
        }

        private static void Near(double expected, double actual, double tolerance, string what)
        {
            double error = (actual - expected) / expected;
            Assert.IsTrue(Math.Abs(error) <= tolerance, what + ": error " + (error * 100).ToString() + " %");
        }
    }
}
