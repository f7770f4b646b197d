using System;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    /// <summary>A metrology task over a batch-mode front end, with 1 mWh register units and 10 000 imp/kWh.</summary>
    internal sealed class MetrologyRig
    {
        public const int SampleRate = 4096;

        public readonly EnergyRegisters Registers = new EnergyRegisters(SampleRate, 1);
        public readonly VirtualPulseOutput Output = new VirtualPulseOutput(VirtualClock.Manual(new DateTime(2026, 1, 1)));
        public readonly PulseGenerator Pulses;
        public readonly MetrologyTask Task;

        public MetrologyRig(IMetrologyFrontEnd frontEnd)
        {
            Pulses = new PulseGenerator(Output, SampleRate, 10000, 8);
            RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(new VirtualFlash(4096, 3)), Registers, 2);
            persistence.Restore();
            NoLoadDetector noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(5000000, 1, 230000));
            Task = new MetrologyTask(frontEnd, new FrameMeasurement(frontEnd, Calibration.Unity), noLoad, Registers, Pulses, persistence, 5);
        }

        /// <summary>Processes <paramref name="frames"/> frames, each of which must be ready at once.</summary>
        public void Run(int frames)
        {
            for (int k = 0; k < frames; k++)
            {
                Assert.IsTrue(Task.ProcessNextFrame(0), "batch mode always has a frame");
            }
        }

        /// <summary>Energy of register <paramref name="index"/> in µW·samples (units and remainder).</summary>
        public double Energy(int index)
        {
            EnergyRegister register = Registers[index];
            return ((double)register.Units * register.UnitSize) + register.Remainder;
        }
    }
}
