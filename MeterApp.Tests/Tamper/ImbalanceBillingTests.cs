using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Tamper;
using Meter.Tests.SerialConsole;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Tamper
{
    /// <summary>
    /// L/N current imbalance: with the line channel bypassed (most of the load current returns
    /// around the line sensor), the meter bills the neutral channel's energy once the imbalance
    /// is raised; balanced, it bills the line channel.
    /// </summary>
    [TestClass]
    public class ImbalanceBillingTests
    {
        // 230 V, 5 A load at PF 0.95 inductive, 1 s frames.
        private const double LoadMicrowatts = 230.0 * 5.0 * 0.95 * 1e6;

        [TestMethod]
        public void WithTheLineBypassedTheNeutralChannelsEnergyIsBilled()
        {
            // The line sensor sees 1 A of the 5 A load; the neutral sees all of it.
            MeteringScenario scenario = Scenario(1.0, 5.0);
            Rig rig = new Rig(scenario);
            rig.Run(Rig.Settings.RaiseFrames);
            Assert.IsTrue(rig.Detector.IsActive(TamperCondition.CurrentImbalance), "imbalance raised");
            Assert.IsTrue(rig.Detector.BillsFromNeutral);

            double before = rig.Energy();
            const int Frames = 20;
            rig.Run(Frames);
            double expected = LoadMicrowatts * Frames * scenario.FrameSamples;
            double billed = rig.Energy() - before;
            Assert.IsTrue(Math.Abs((billed - expected) / expected) < 0.001, "neutral energy billed: " + billed.ToString() + ", load " + expected.ToString());
            Assert.IsTrue(rig.Task.Latest.BilledFromNeutral, "the published measurement says so");
            Assert.IsTrue(rig.Task.Latest.ActiveMicrowatts < LoadMicrowatts / 4, "the line channel reads a fifth of the load");
        }

        [TestMethod]
        public void BalancedTheLineChannelIsBilledEvenWithTheNeutralSlightlyLarger()
        {
            // The neutral reads 5 % high (within the 13 % imbalance threshold): no imbalance, the line bills.
            MeteringScenario scenario = Scenario(5.0, 1.05);
            Rig rig = new Rig(scenario);
            const int Frames = 20;
            rig.Run(Frames);
            Assert.IsTrue(rig.Detector.NeutralIsLarger);
            Assert.IsFalse(rig.Detector.BillsFromNeutral);
            Assert.IsFalse(rig.Task.Latest.BilledFromNeutral);
            double expected = LoadMicrowatts * Frames * scenario.FrameSamples;
            Assert.IsTrue(Math.Abs((rig.Energy() - expected) / expected) < 0.001, "line energy billed");
        }

        private static MeteringScenario Scenario(double lineAmps, double neutralRatio)
        {
            MeteringScenario scenario = MeteringScenario.Household();
            scenario.FrameSamples = 4096;
            scenario.CurrentRms = lineAmps;
            scenario.NeutralRatio = neutralRatio;
            return scenario;
        }

        private sealed class Rig
        {
            public static readonly TamperSettings Settings = TamperSettings.For(230000, 5000);

            public readonly EnergyRegisters Registers;
            public readonly SampleTamperDetector Detector;
            public readonly MetrologyTask Task;

            public Rig(MeteringScenario scenario)
            {
                VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 3);
                Registers = new EnergyRegisters(frontEnd.SampleRateHz, 1);
                RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(new VirtualFlash(4096, 3)), Registers, 2);
                persistence.Restore();
                PulseGenerator pulses = new PulseGenerator(new VirtualPulseOutput(VirtualClock.Manual(new DateTime(2026, 1, 1))), frontEnd.SampleRateHz, 10000, 8);
                NoLoadDetector noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(5000000, 1, 230000));
                Detector = new SampleTamperDetector(Settings, new RecordingEvents());
                Task = new MetrologyTask(frontEnd, new FrameMeasurement(frontEnd, Calibration.Unity), noLoad, Registers, pulses, persistence, 1, Detector);
            }

            public void Run(int frames)
            {
                for (int k = 0; k < frames; k++)
                {
                    Assert.IsTrue(Task.ProcessNextFrame(0));
                }
            }

            // A+ in µW·samples.
            public double Energy()
            {
                EnergyRegister register = Registers.ActiveImport;
                return ((double)register.Units * register.UnitSize) + register.Remainder;
            }
        }
    }
}
