using System;
using Meter.Hal.Metrology;
using Meter.Hal.Metrology.Atm90e26;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Tests.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>
    /// The ATM90E26 front end on a register-level fake chip, both on one manual clock, feeding
    /// the application's metrology task (unity calibration, 1 mWh register units).
    /// Default load: 230.00 V, 5.000 A (neutral 4.900 A), current 30.0° behind, 50.00 Hz.
    /// </summary>
    internal sealed class Atm90e26Rig
    {
        public readonly VirtualClock Clock = VirtualClock.Manual(new DateTime(2026, 1, 1));
        public readonly Atm90e26Settings Settings;
        public readonly Atm90e26Fake Chip;
        public readonly Atm90e26FrontEnd FrontEnd;
        public readonly EnergyRegisters Registers;
        public readonly MetrologyTask Task;

        public Atm90e26Rig()
            : this(Atm90e26Settings.PowerOnDefaults())
        {
        }

        public Atm90e26Rig(Atm90e26Settings settings)
        {
            Settings = settings;
            Chip = new Atm90e26Fake(Clock, settings.MeterConstant);
            Chip.SetLoad(23000, 5000, 4900, 300, 5000);
            FrontEnd = new Atm90e26FrontEnd(Chip, settings, Clock);
            Registers = new EnergyRegisters(FrontEnd.SampleRateHz, 1);
            PulseGenerator pulses = new PulseGenerator(new VirtualPulseOutput(Clock), FrontEnd.SampleRateHz, 1000, 8);
            RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(new VirtualFlash(4096, 3)), Registers, 2);
            persistence.Restore();
            NoLoadDetector noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(5000000, 1, 230000));
            Task = new MetrologyTask(FrontEnd, new FrameMeasurement(FrontEnd, Calibration.Unity), noLoad, Registers, pulses, persistence, 1);
        }

        /// <summary>One chip energy LSB in µW·samples.</summary>
        public long Lsb
        {
            get { return Settings.EnergyLsbMicrowattSeconds * FrontEnd.SampleRateHz; }
        }

        /// <summary>Lets one second pass and processes the frame it completes.</summary>
        public void Step()
        {
            Clock.Advance(1000);
            Assert.IsTrue(Task.ProcessNextFrame(0), "a frame is due every second");
        }

        public void Run(int frames)
        {
            for (int k = 0; k < frames; k++)
            {
                Step();
            }
        }

        /// <summary>Register <paramref name="index"/> (0 A+, 1 A−, 2 R+, 3 R−) in µW·samples.</summary>
        public long Registered(int index)
        {
            EnergyRegister register = Registers[index];
            return (register.Units * register.UnitSize) + register.Remainder;
        }

        /// <summary>Energy the chip has handed out through reads (accumulated, less what still sits in its register), µW·samples.</summary>
        public long ChipRead(long total, int energyRegister)
        {
            return (total - Chip.Peek(energyRegister)) * Lsb;
        }

        /// <summary>Asserts that every LSB the chip handed out is registered or pending, and pending is within one LSB.</summary>
        public void AssertEnergyConserved()
        {
            AssertConserved("A+", ChipRead(Chip.ForwardActiveTotal, Atm90e26Registers.APenergy), Registered(0), FrontEnd.ActiveEnergy.Forward);
            AssertConserved("A-", ChipRead(Chip.ReverseActiveTotal, Atm90e26Registers.ANenergy), Registered(1), FrontEnd.ActiveEnergy.Reverse);
            AssertConserved("R+", ChipRead(Chip.ForwardReactiveTotal, Atm90e26Registers.RPenergy), Registered(2), FrontEnd.ReactiveEnergy.Forward);
            AssertConserved("R-", ChipRead(Chip.ReverseReactiveTotal, Atm90e26Registers.RNenergy), Registered(3), FrontEnd.ReactiveEnergy.Reverse);
        }

        private void AssertConserved(string name, long chip, long registered, long pending)
        {
            Assert.AreEqual(chip, registered + pending, name + ": registered + pending = read from the chip");
            Assert.IsTrue(pending > -Lsb && pending < Lsb, name + ": pending within one LSB, was " + pending.ToString());
        }
    }
}
