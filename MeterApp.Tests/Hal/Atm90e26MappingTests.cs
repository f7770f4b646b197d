using Meter.Hal.Metrology;
using Meter.Hal.Metrology.Atm90e26;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>The application's frame measurement returns the chip's values from a synthesised frame.</summary>
    [TestClass]
    public class Atm90e26MappingTests
    {
        [TestMethod]
        [DataRow(23000, 5000, 4900, 300, 5000)]
        [DataRow(23000, 5000, 4900, 300, 4950)]
        [DataRow(24150, 12345, 0, 3300, 5020)]
        [DataRow(21000, 800, 800, 1500, 5000)]
        [DataRow(23000, 40000, 39000, 0, 6000)]
        public void MeasurementEqualsTheChipWithinItsResolution(int centivolts, int milliamps, int neutralMilliamps, int tenthDegrees, int centihertz)
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Chip.SetLoad(centivolts, milliamps, neutralMilliamps, tenthDegrees, centihertz);
            FrameMeasurement measurement = new FrameMeasurement(rig.FrontEnd, Calibration.Unity);
            MetrologyFrame frame = new MetrologyFrame();
            Measurement m = new Measurement();
            for (int k = 0; k < 30; k++)
            {
                rig.Clock.Advance(1000);
                Assert.IsTrue(rig.FrontEnd.TryReadFrame(frame, 0));
                if (k == 0)
                {
                    continue;
                }

                Assert.AreEqual(OverRangeFlags.None, frame.OverRange);
                measurement.Measure(frame, m);
                string at = "frame " + k.ToString();
                Assert.AreEqual(centivolts * 10L, m.VoltageMillivolts, at + " V");
                Assert.AreEqual(milliamps * 1000L, m.CurrentMicroamps, at + " I");
                Assert.AreEqual(neutralMilliamps * 1000L, m.NeutralMicroamps, at + " In");
                Assert.AreEqual(centihertz * 10, m.FrequencyMillihertz, at + " f");

                // Pmean/Qmean/Smean resolve 1 W/var/VA, PowerF 0.001.
                AssertWithin(Signed(rig.Chip.Peek(Atm90e26Registers.Pmean)) * 1000000L, m.ActiveMicrowatts, 1000000L, at + " P");
                AssertWithin(Signed(rig.Chip.Peek(Atm90e26Registers.Qmean)) * 1000000L, m.ReactiveMicrovars, 1000000L, at + " Q");
                AssertWithin(Signed(rig.Chip.Peek(Atm90e26Registers.Smean)) * 1000000L, m.ApparentMicrovoltAmperes, 1000000L, at + " S");
                AssertWithin(SignMagnitude(rig.Chip.Peek(Atm90e26Registers.PowerF)), m.PowerFactorPerMille, PowerFactorTolerance(m), at + " PF");
            }
        }

        [TestMethod]
        public void NoVoltageGivesNoFrequencyAndNoPower()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Chip.SetLoad(0, 0, 0, 0, 0);
            FrameMeasurement measurement = new FrameMeasurement(rig.FrontEnd, Calibration.Unity);
            MetrologyFrame frame = new MetrologyFrame();
            Measurement m = new Measurement();
            for (int k = 0; k < 3; k++)
            {
                rig.Clock.Advance(1000);
                Assert.IsTrue(rig.FrontEnd.TryReadFrame(frame, 0));
            }

            measurement.Measure(frame, m);
            Assert.AreEqual(OverRangeFlags.None, frame.OverRange);
            Assert.AreEqual(0, m.FrequencyMillihertz);
            Assert.AreEqual(0L, m.VoltageMillivolts);
            Assert.AreEqual(0L, m.ActiveMicrowatts);
        }

        // PF = P/S: P is known to 1 W, so the frame's PF may differ from the chip's by 1 W/S plus both roundings.
        private static long PowerFactorTolerance(Measurement m)
        {
            return m.ApparentMicrovoltAmperes == 0 ? 1 : 2 + (1000000000L / m.ApparentMicrovoltAmperes);
        }

        private static void AssertWithin(long expected, long actual, long tolerance, string what)
        {
            long difference = actual - expected;
            Assert.IsTrue(difference <= tolerance && difference >= -tolerance, what + ": expected " + expected.ToString() + " +- " + tolerance.ToString() + ", was " + actual.ToString());
        }

        private static long Signed(int word)
        {
            return word >= 0x8000 ? word - 0x10000 : word;
        }

        private static long SignMagnitude(int word)
        {
            return (word & 0x8000) != 0 ? -(word & 0x7FFF) : word;
        }
    }
}
