using Meter.Hal.Metrology.Atm90e26;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class Atm90e26ChecksumTests
    {
        [TestMethod]
        public void PowerOnCalibrationBlockChecksumIsTheWorkedExample()
        {
            // 21H-2BH at power-on: 0015 D174 0000 0000 0000 0000 08BD 0000 0AEC 0000 9422.
            // Bytes 00 15 D1 74 .. 08 BD .. 0A EC .. 94 22 (zeros change neither result):
            // sum 15+D1+74+08+BD+0A+EC+94+22 = 3CBH -> low byte CBH;
            // xor 15^D1=C4, ^74=B0, ^08=B8, ^BD=05, ^0A=0F, ^EC=E3, ^94=77, ^22=55 -> high byte 55H.
            Assert.AreEqual(0x55CB, Atm90e26Settings.PowerOnDefaults().CalibrationChecksum);
        }

        [TestMethod]
        public void PowerOnAdjustmentBlockChecksumIsTheWorkedExample()
        {
            // 31H-3AH at power-on: 6720 7A13 7530 then zeros. Sum 67+20+7A+13+75+30 = 1B9H -> B9H;
            // xor 67^20=47, ^7A=3D, ^13=2E, ^75=5B, ^30=6B -> 6BH.
            Assert.AreEqual(0x6BB9, Atm90e26Settings.PowerOnDefaults().AdjustmentChecksum);
        }

        [TestMethod]
        public void MatchesAPublishedVector()
        {
            // Measurement block Ugain 6763H, IgainL 7B19H, IgainN 7530H, Uoffset 0, IoffsetL 8, rest 0
            // gives CS2 = 2B0BH: the test vector of the belmoor m90e26 driver's checksum test
            // (SCENARIO "checksum calculation"), an implementation independent of this one.
            int[] block = new int[] { 0x6763, 0x7B19, 0x7530, 0, 8, 0, 0, 0, 0, 0 };
            Assert.AreEqual(0x2B0B, Atm90e26Checksum.Compute(block, 0, block.Length));
        }

        [TestMethod]
        public void ChecksOnlyTheGivenRange()
        {
            int[] values = new int[] { 0xFFFF, 0x0102, 0xFFFF };
            Assert.AreEqual(0x0303, Atm90e26Checksum.Compute(values, 1, 1));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Atm90e26Checksum.Compute(values, 2, 2));
        }

        [TestMethod]
        public void SettingsRefuseAMeterConstantWithAFractionalLsb()
        {
            int[] calibration = new int[Atm90e26Registers.CalibrationCount];
            int[] adjustment = new int[Atm90e26Registers.AdjustmentCount];
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new Atm90e26Settings(0, 0, calibration, adjustment, 3333, 50000, 20000));
            Assert.AreEqual(112500000L, new Atm90e26Settings(0, 0, calibration, adjustment, 3200, 50000, 20000).EnergyLsbMicrowattSeconds);
        }
    }
}
