using Meter.Hal.Virtual;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    /// <summary>No-load and starting current, IEC 62053-21/-22 §8.3, through registers and pulse output.</summary>
    [TestClass]
    public class NoLoadTests
    {
        private const int SampleRate = 4096;
        private const int FrameSamples = 82;
        private const long NominalMillivolts = 230000;
        private const long NominalCurrentMicroamps = 5000000;

        [TestMethod]
        public void ThresholdsSitAtHalfTheStartingCurrentOfClass02S()
        {
            NoLoadSettings settings = NoLoadSettings.ForStartingCurrent(NominalCurrentMicroamps, 1, NominalMillivolts);
            Assert.AreEqual(2500L, settings.CurrentThresholdMicroamps, "0.001 In = 5 mA; half of it");
            Assert.AreEqual(575000L, settings.PowerThresholdMicrowatts, "230 V × 5 mA = 1.15 W; half of it");
        }

        [TestMethod]
        public void AtNoLoadNeitherRegistersNorPulsesMove()
        {
            // 1.15 Un and no current: the front end still reports a little noise (1 mA, ±0.4 W).
            Chain chain = new Chain(NoLoadSettings.ForStartingCurrent(NominalCurrentMicroamps, 1, NominalMillivolts));
            for (int k = 0; k < 50 * 600; k++)
            {
                long noise = (k % 7) - 3;
                chain.Frame(1000, noise * 130000, -noise * 90000);
            }

            Assert.IsTrue(chain.Detector.IsNoLoad);
            Assert.AreEqual(50L * 600, chain.Detector.NoLoadFrames);
            AssertUntouched(chain);
        }

        [TestMethod]
        public void CurrentAboveThresholdButPowerBelowItDoesNotCreep()
        {
            Chain chain = new Chain(NoLoadSettings.ForStartingCurrent(NominalCurrentMicroamps, 1, NominalMillivolts));
            for (int k = 0; k < 50 * 600; k++)
            {
                chain.Frame(3000, 500000, -500000);
            }

            Assert.IsFalse(chain.Detector.IsNoLoad);
            AssertUntouched(chain);
        }

        [TestMethod]
        public void AtTheStartingCurrentTheMeterRegistersAndPulses()
        {
            // 0.001 In at Un, PF 1: 1.15 W. An hour of it is 1.15 Wh: 1 Wh unit, 11 pulses at 10 000 imp/kWh.
            Chain chain = new Chain(NoLoadSettings.ForStartingCurrent(NominalCurrentMicroamps, 1, NominalMillivolts));
            long frames = 3600L * SampleRate / FrameSamples;
            for (long k = 0; k < frames; k++)
            {
                chain.Frame(5000, 1150000, 0);
            }

            long energy = 1150000L * FrameSamples * frames;
            Assert.AreEqual(energy / chain.Registers.ActiveImport.UnitSize, chain.Registers.ActiveImport.Units);
            Assert.AreEqual(1L, chain.Registers.ActiveImport.Units);
            Assert.AreEqual(energy / chain.Pulses.PulseSize, chain.Output.PulseCount);
            Assert.AreEqual(11L, chain.Output.PulseCount);
        }

        private static void AssertUntouched(Chain chain)
        {
            for (int r = 0; r < chain.Registers.Count; r++)
            {
                Assert.AreEqual(0L, chain.Registers[r].Units, "register " + r);
                Assert.AreEqual(0L, chain.Registers[r].Remainder, "register " + r);
            }

            Assert.AreEqual(0L, chain.Output.PulseCount);
            Assert.AreEqual(0L, chain.Pulses.Remainder);
        }

        /// <summary>The foreground integration of one frame as the metrology task does it.</summary>
        private sealed class Chain
        {
            public readonly NoLoadDetector Detector;
            public readonly EnergyRegisters Registers = new EnergyRegisters(SampleRate, 1000);
            public readonly VirtualPulseOutput Output = new VirtualPulseOutput(VirtualClock.Manual(new System.DateTime(2026, 1, 1)));
            public readonly PulseGenerator Pulses;

            public Chain(NoLoadSettings settings)
            {
                Detector = new NoLoadDetector(settings);
                Pulses = new PulseGenerator(Output, SampleRate, 10000, 8);
            }

            public void Frame(long currentMicroamps, long activeMicrowatts, long reactiveMicrovars)
            {
                Detector.Update(currentMicroamps);
                long active = Detector.Gate(activeMicrowatts);
                long reactive = Detector.Gate(reactiveMicrovars);
                Registers.Add(active, reactive, FrameSamples);
                Pulses.Add(active > 0 ? active : 0, FrameSamples);
            }
        }
    }
}
