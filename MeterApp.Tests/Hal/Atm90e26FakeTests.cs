using System;
using Meter.Hal.Metrology.Atm90e26;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>The fake itself behaves as the datasheet says, so that the driver tests mean something.</summary>
    [TestClass]
    public class Atm90e26FakeTests
    {
        [TestMethod]
        public void CalibrationRegistersAreWritableOnlyInsideTheirWindow()
        {
            Atm90e26Fake chip = new Atm90e26Fake(VirtualClock.Manual(new DateTime(2026, 1, 1)), 3200);
            Write(chip, Atm90e26Registers.Lgain, 0x1234);
            Assert.AreEqual(1, chip.RejectedWrites);
            Assert.AreEqual(0, chip.Peek(Atm90e26Registers.Lgain));

            Write(chip, Atm90e26Registers.CalStart, Atm90e26Registers.StartCommand);
            Write(chip, Atm90e26Registers.Lgain, 0x1234);
            Assert.AreEqual(0x1234, chip.Peek(Atm90e26Registers.Lgain));
            Write(chip, Atm90e26Registers.Ugain, 0x1111);
            Assert.AreEqual(2, chip.RejectedWrites, "the measurement block has its own window");
        }

        [TestMethod]
        public void AWrongChecksumSetsCalErrAndStopsMetering()
        {
            Atm90e26Fake chip = new Atm90e26Fake(VirtualClock.Manual(new DateTime(2026, 1, 1)), 3200);
            Write(chip, Atm90e26Registers.CalStart, Atm90e26Registers.StartCommand);
            Write(chip, Atm90e26Registers.AdjStart, Atm90e26Registers.StartCommand);
            Assert.IsTrue(chip.Metering, "5678H meters without a check");
            Write(chip, Atm90e26Registers.CS1, 0x55CA);
            Write(chip, Atm90e26Registers.CalStart, Atm90e26Registers.CheckCommand);
            Assert.AreEqual(Atm90e26Registers.CalErrMask, chip.Peek(Atm90e26Registers.SysStatus));
            Assert.IsFalse(chip.Metering);
            Assert.AreEqual(0, chip.Peek(Atm90e26Registers.Urms));
        }

        [TestMethod]
        public void EnergyRegistersClearOnReadAndLastDataKeepsTheValue()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 1, 1));
            Atm90e26Fake chip = new Atm90e26Fake(clock, 3200);
            chip.SetLoad(23000, 5000, 0, 0, 5000);
            Write(chip, Atm90e26Registers.CalStart, Atm90e26Registers.StartCommand);
            Write(chip, Atm90e26Registers.AdjStart, Atm90e26Registers.StartCommand);
            clock.Advance(1000);

            // 1150 W for 1 s = 1150 W·s; one LSB at 3200 imp/kWh is 112.5 W·s: 10 LSBs.
            Assert.AreEqual(10, Read(chip, Atm90e26Registers.APenergy));
            Assert.AreEqual(10, Read(chip, Atm90e26Registers.LastData));
            Assert.AreEqual(0, Read(chip, Atm90e26Registers.APenergy));
            Assert.AreEqual(10L, chip.ForwardActiveTotal);
        }

        [TestMethod]
        public void SignedRegistersUseTheirEncodings()
        {
            Atm90e26Fake chip = new Atm90e26Fake(VirtualClock.Manual(new DateTime(2026, 1, 1)), 3200);
            chip.SetLoad(23000, 5000, 0, 1800, 5000);
            Write(chip, Atm90e26Registers.CalStart, Atm90e26Registers.StartCommand);
            Write(chip, Atm90e26Registers.AdjStart, Atm90e26Registers.StartCommand);
            Assert.AreEqual(0x10000 - 1150, chip.Peek(Atm90e26Registers.Pmean), "two's complement");
            Assert.AreEqual(0x8000 | 1000, chip.Peek(Atm90e26Registers.PowerF), "sign and magnitude");
            Assert.AreEqual(1150, chip.Peek(Atm90e26Registers.Smean));
        }

        private static void Write(Atm90e26Fake chip, int address, int value)
        {
            byte[] rx = new byte[3];
            chip.TransferFullDuplex(new byte[] { (byte)address, (byte)(value >> 8), (byte)value }, rx);
        }

        private static int Read(Atm90e26Fake chip, int address)
        {
            byte[] rx = new byte[3];
            chip.TransferFullDuplex(new byte[] { (byte)(0x80 | address), 0, 0 }, rx);
            return (rx[1] << 8) | rx[2];
        }
    }
}
