using Meter.Hal.Metrology.Atm90e26;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>The whole metrology chain registers exactly the energy the chip's accumulators counted.</summary>
    [TestClass]
    public class Atm90e26EnergyTests
    {
        [TestMethod]
        public void ImportEnergyIsTheChipsToTheMicrowattSample()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(200);
            rig.AssertEnergyConserved();
            Assert.AreEqual(0L, rig.Registered(1), "no export");
            Assert.AreEqual(0L, rig.Registered(3), "no capacitive reactive energy");
            Assert.IsTrue(rig.Chip.ForwardActiveTotal > 1700, "about 199 s at 996 W, 8.85 LSB/s");

            // The registers hold what the chip counted, never more than one LSB from it: here in Wh units.
            long chipMilliwattHours = rig.Chip.ForwardActiveTotal * rig.Settings.EnergyLsbMicrowattSeconds / 3600000L;
            long registeredMilliwattHours = rig.Registers.ActiveImport.Units;
            Assert.IsTrue(chipMilliwattHours - registeredMilliwattHours <= 32, "within one LSB (31.25 mWh)");
            Assert.AreEqual(0L, rig.Task.LostFrames);
        }

        [TestMethod]
        public void ReversePowerGoesToAMinus()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Chip.SetLoad(23000, 5000, 4900, 1500, 5000);
            rig.Run(100);
            rig.AssertEnergyConserved();
            Assert.AreEqual(0L, rig.Registered(0), "no import");
            Assert.IsTrue(rig.Registered(1) > 0, "export registered");
            Assert.IsTrue(rig.Registered(2) > 0, "quadrant II: current leads the reversed voltage, R+");
            Assert.IsTrue(rig.Task.Latest.ActiveMicrowatts < 0);
        }

        [TestMethod]
        public void AReversalMovesEnergyToTheOtherRegisterWithoutLosingAny()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(50);
            rig.Chip.SetLoad(23000, 5000, 4900, 2100, 5000);
            rig.Run(50);
            rig.Chip.SetLoad(23000, 2000, 1900, 100, 5000);
            rig.Run(50);
            rig.AssertEnergyConserved();
            Assert.IsTrue(rig.Registered(1) > 0);
            Assert.IsTrue(rig.Registered(3) > 0, "quadrant III: R-");
        }

        [TestMethod]
        public void ReactiveEnergyOffNominalStaysWithinMicrovarsOfTheChip()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Chip.SetLoad(23000, 5000, 4900, 300, 4950);
            rig.Run(100);

            // Active energy is exact at any frequency; reactive passes the measurement's
            // quarter-period correction, which rounds by a few µvar per frame.
            long chip = rig.ChipRead(rig.Chip.ForwardActiveTotal, Atm90e26Registers.APenergy);
            Assert.AreEqual(chip, rig.Registered(0) + rig.FrontEnd.ActiveEnergy.Forward);
            long reactiveChip = rig.ChipRead(rig.Chip.ForwardReactiveTotal, Atm90e26Registers.RPenergy);
            long reactiveError = reactiveChip - (rig.Registered(2) + rig.FrontEnd.ReactiveEnergy.Forward);
            Assert.IsTrue(reactiveError <= 100 * 1000 * 50 && reactiveError >= -100 * 1000 * 50, "under 50 µvar per frame: " + reactiveError.ToString());
        }
    }
}
