using Meter.Hal.Metrology;
using Meter.Hal.Metrology.Atm90e26;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>Chip resets, calibration upsets, SPI corruption, a dead chip and bus errors.</summary>
    [TestClass]
    public class Atm90e26FaultTests
    {
        private const int SequenceWrites = 30;

        [TestMethod]
        public void AResetChipIsReconfiguredWithoutLosingAFrame()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(10);
            rig.Chip.Reset();
            Assert.IsFalse(rig.Chip.Metering);
            rig.Run(10);

            Assert.AreEqual(1L, rig.FrontEnd.ConfigurationLosses);
            Assert.AreEqual(2L, rig.FrontEnd.Configurations);
            Assert.AreEqual(2L, rig.FrontEnd.FaultFrames, "the first configuration and the reconfiguration");
            Assert.AreEqual(2 * SequenceWrites, rig.Chip.WriteCount, "the whole sequence again");
            Assert.AreEqual(0x789A, rig.Chip.WriteValue(SequenceWrites));
            Assert.IsTrue(rig.Chip.Metering);
            Assert.AreEqual(20L, rig.Task.Frames);
            Assert.AreEqual(0L, rig.Task.LostFrames);
            Assert.AreEqual(19L, rig.Task.Latest.Sequence);
            Assert.AreEqual(230000L, rig.Task.Latest.VoltageMillivolts);
            rig.AssertEnergyConserved();
        }

        [TestMethod]
        public void ACalibrationUpsetIsDetectedAndRepaired()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(5);

            // Half a second after a poll: the energy counted until the upset is still in the chip.
            rig.Clock.Advance(500);
            rig.Chip.UpsetRegister(Atm90e26Registers.Lgain, 0x0400);
            Assert.IsTrue(rig.Chip.Peek(Atm90e26Registers.APenergy) > 0);
            Assert.AreEqual(Atm90e26Registers.CalErrMask, rig.Chip.Peek(Atm90e26Registers.SysStatus));
            rig.Run(5);

            Assert.AreEqual(1L, rig.FrontEnd.ConfigurationLosses);
            Assert.AreEqual(0, rig.Chip.Peek(Atm90e26Registers.Lgain), "the calibration value is back");
            Assert.AreEqual(0, rig.Chip.Peek(Atm90e26Registers.SysStatus));
            Assert.AreEqual(0L, rig.Task.LostFrames);
            rig.AssertEnergyConserved();
        }

        [TestMethod]
        public void CorruptedReadsAreConfirmedAgainAndNeverReachAFrame()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Step();
            FrameMeasurement measurement = new FrameMeasurement(rig.FrontEnd, Calibration.Unity);
            MetrologyFrame frame = new MetrologyFrame();
            Measurement m = new Measurement();
            for (int k = 0; k < 40; k++)
            {
                // Up to three consecutive corrupted transfers, at a different point of each poll.
                rig.Clock.Advance(1000 - (k % 7));
                rig.Chip.CorruptNextReads(1 + (k % 3));
                rig.Clock.Advance(k % 7);
                Assert.IsTrue(rig.FrontEnd.TryReadFrame(frame, 0));
                Assert.AreEqual(OverRangeFlags.None, frame.OverRange, "frame " + k.ToString());
                measurement.Measure(frame, m);
                Assert.AreEqual(230000L, m.VoltageMillivolts);
                Assert.AreEqual(5000000L, m.CurrentMicroamps);
                Assert.AreEqual(50000, m.FrequencyMillihertz);
            }

            Assert.AreEqual(79, rig.Chip.CorruptedReads, "40 frames with 1, 2 or 3 corrupted transfers");
            Assert.IsTrue(rig.FrontEnd.Bus.ExtraConfirmations >= 40);
            Assert.AreEqual(0L, rig.FrontEnd.Bus.FailedReads);
            Assert.AreEqual(1L, rig.FrontEnd.Configurations, "corruption is not a reset");
        }

        [TestMethod]
        public void CorruptedEnergyReadsLoseNoEnergy()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Step();
            for (int k = 0; k < 60; k++)
            {
                // The state check takes six read transfers (three registers, each confirmed once):
                // corrupt one to three transfers among the energy reads and their confirmations,
                // which must never read a cleared-on-read register twice.
                rig.Clock.Advance(1000);
                rig.Chip.CorruptReads(6 + (k % 8), 1 + (k % 3));
                Assert.IsTrue(rig.Task.ProcessNextFrame(0));
                Assert.AreEqual(0, rig.Task.Latest.OverRange, "frame " + k.ToString());
            }

            Assert.IsTrue(rig.Chip.CorruptedReads >= 120);
            rig.AssertEnergyConserved();
            Assert.AreEqual(0L, rig.Task.LostFrames);
        }

        [TestMethod]
        public void PersistentGarbageGivesFlaggedFramesOnlyAndRecovers()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(3);
            rig.Chip.CorruptNextReads(100000);
            rig.Run(5);
            Assert.AreEqual(6L, rig.FrontEnd.FaultFrames, "the configuration frame and the five garbage frames");
            Assert.AreEqual(0L, rig.Task.Latest.VoltageMillivolts, "a flagged frame carries no value, never a wrong one");
            Assert.AreEqual(OverRangeFlags.FrontEndFault, rig.Task.Latest.OverRange);

            rig.Chip.CorruptNextReads(0);
            rig.Run(5);
            Assert.AreEqual(230000L, rig.Task.Latest.VoltageMillivolts);
            Assert.AreEqual(0L, rig.Task.LostFrames);
            rig.Run(40);
            rig.AssertEnergyConserved();
        }

        [TestMethod]
        public void ImplausibleEnergyIsRejected()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(3);
            long before = rig.Registers.ActiveImport.Units;
            rig.Chip.UpsetRegister(Atm90e26Registers.APenergy, 0x8000);
            rig.Step();
            Assert.AreEqual(1L, rig.FrontEnd.RejectedEnergyReads);
            Assert.AreEqual(OverRangeFlags.FrontEndFault, rig.Task.Latest.OverRange);
            Assert.AreEqual(before, rig.Registers.ActiveImport.Units, "32 768 LSBs (1 kWh) in one second were not registered");
        }

        [TestMethod]
        public void ADeadChipYieldsFlaggedFramesAndNoException()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Chip.Dead = true;
            rig.Run(5);
            Assert.AreEqual(5L, rig.FrontEnd.FaultFrames);
            Assert.AreEqual(0L, rig.FrontEnd.Configurations);
            Assert.AreEqual(4L, rig.Task.Latest.Sequence);
            Assert.AreEqual(0L, rig.Registered(0));

            rig.Chip.Dead = false;
            rig.Run(3);
            Assert.AreEqual(1L, rig.FrontEnd.Configurations);
            Assert.AreEqual(230000L, rig.Task.Latest.VoltageMillivolts);
            Assert.AreEqual(0L, rig.Task.LostFrames);
        }

        [TestMethod]
        public void AChipThatDiesMidRunIsFlaggedAndReconfiguredWhenBack()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(5);
            rig.Chip.Dead = true;
            rig.Run(3);
            Assert.AreEqual(4L, rig.FrontEnd.FaultFrames);
            rig.Chip.Dead = false;
            rig.Run(3);
            Assert.AreEqual(230000L, rig.Task.Latest.VoltageMillivolts);
            Assert.AreEqual(0L, rig.Task.LostFrames);
            Assert.AreEqual(10L, rig.Task.Latest.Sequence);
        }

        [TestMethod]
        public void BusExceptionsNeverLeaveTheFrontEnd()
        {
            Atm90e26Rig rig = new Atm90e26Rig();
            rig.Run(2);
            rig.Chip.Throws = true;
            rig.Run(3);
            Assert.IsTrue(rig.FrontEnd.Bus.TransferErrors > 0);
            Assert.AreEqual(4L, rig.FrontEnd.FaultFrames);
            rig.Chip.Throws = false;
            rig.Run(2);
            Assert.AreEqual(230000L, rig.Task.Latest.VoltageMillivolts);
        }
    }
}
