using Meter.Hal.Metrology;
using Meter.Hal.Metrology.Atm90e26;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class Atm90e26ConfigurationTests
    {
        [TestMethod]
        public void TheFirstFrameWritesTheDatasheetSequenceInOrder()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Step();

            // Reset; FuncEn, SagTh; CalStart 5678H, 21H-2BH, CS1; AdjStart 5678H, 31H-3AH, CS2;
            // CalStart 8765H, AdjStart 8765H. Checksums: see Atm90e26ChecksumTests (55CBH, 6BB9H).
            int[] expected = new int[]
            {
                0x00, 0x789A,
                0x02, 0x000C,
                0x03, 0x1D64,
                0x20, 0x5678,
                0x21, 0x0015, 0x22, 0xD174, 0x23, 0x0000, 0x24, 0x0000, 0x25, 0x0000, 0x26, 0x0000,
                0x27, 0x08BD, 0x28, 0x0000, 0x29, 0x0AEC, 0x2A, 0x0000, 0x2B, 0x9422,
                0x2C, 0x55CB,
                0x30, 0x5678,
                0x31, 0x6720, 0x32, 0x7A13, 0x33, 0x7530, 0x34, 0x0000, 0x35, 0x0000,
                0x36, 0x0000, 0x37, 0x0000, 0x38, 0x0000, 0x39, 0x0000, 0x3A, 0x0000,
                0x3B, 0x6BB9,
                0x20, 0x8765,
                0x30, 0x8765,
            };
            AssertWrites(rig, 0, expected);
            Assert.AreEqual(expected.Length / 2, rig.Chip.WriteCount, "no other write");
            Assert.AreEqual(0, rig.Chip.RejectedWrites);
            Assert.IsTrue(rig.Chip.Metering);
            Assert.AreEqual(0, rig.Chip.Peek(Atm90e26Registers.SysStatus));
            Assert.AreEqual(1L, rig.FrontEnd.Configurations);
        }

        [TestMethod]
        public void CalibrationValuesAndTheirChecksumsReachTheChip()
        {
            // A calibrated meter: Lgain 1D39H, measurement block of the published vector (CS2 2B0BH).
            int[] calibration = new int[] { 0x0015, 0xD174, 0x1D39, 0, 0, 0, 0x08BD, 0, 0x0AEC, 0, 0x9422 };
            int[] adjustment = new int[] { 0x6763, 0x7B19, 0x7530, 0, 8, 0, 0, 0, 0, 0 };
            Atm90e26Settings settings = new Atm90e26Settings(0x0030, 0x17DD, calibration, adjustment, 3200, 50000, 20000);
            Atm90e26Rig rig = new Atm90e26Rig(settings);
            rig.Step();

            // 55CBH with 1DH and 39H added: sum CBH+1DH+39H = 121H -> 21H; xor 55H^1DH^39H = 71H.
            Assert.AreEqual(0x7121, rig.Chip.Peek(Atm90e26Registers.CS1));
            Assert.AreEqual(0x1D39, rig.Chip.Peek(Atm90e26Registers.Lgain));
            Assert.AreEqual(0x2B0B, rig.Chip.Peek(Atm90e26Registers.CS2));
            Assert.AreEqual(0x0030, rig.Chip.Peek(Atm90e26Registers.FuncEn));
            Assert.IsTrue(rig.Chip.Metering, "the chip accepted both checksums");
        }

        [TestMethod]
        public void TheConfigurationFrameIsFlaggedAndTheNextOneMeasures()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            MetrologyFrame frame = new MetrologyFrame();
            rig.Clock.Advance(1000);
            Assert.IsTrue(rig.FrontEnd.TryReadFrame(frame, 0));
            Assert.AreEqual(OverRangeFlags.FrontEndFault, frame.OverRange);
            Assert.AreEqual(0L, frame.SumVV);

            rig.Clock.Advance(1000);
            Assert.IsTrue(rig.FrontEnd.TryReadFrame(frame, 0));
            Assert.AreEqual(OverRangeFlags.None, frame.OverRange);
            Assert.AreEqual(1L, frame.Sequence);
            Assert.AreEqual(1000L, frame.FirstSample);
        }

        [TestMethod]
        public void FramesComeOncePerSecondOfTheClock()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            MetrologyFrame frame = new MetrologyFrame();
            rig.Clock.Advance(999);
            Assert.IsFalse(rig.FrontEnd.TryReadFrame(frame, 0));
            Assert.AreEqual(0, rig.Chip.WriteCount, "no SPI traffic before the frame is due");
            rig.Clock.Advance(1);
            Assert.IsTrue(rig.FrontEnd.TryReadFrame(frame, 0));
            Assert.IsFalse(rig.FrontEnd.TryReadFrame(frame, 0));
        }

        private static void AssertWrites(Atm90e26Rig rig, int first, int[] pairs)
        {
            for (int k = 0; k < pairs.Length / 2; k++)
            {
                string at = "write " + (first + k).ToString();
                Assert.AreEqual(pairs[2 * k], rig.Chip.WriteAddress(first + k), at + " address");
                Assert.AreEqual(pairs[(2 * k) + 1], rig.Chip.WriteValue(first + k), at + " value");
            }
        }
    }
}
