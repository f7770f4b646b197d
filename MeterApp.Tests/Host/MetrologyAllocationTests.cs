using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>The per-frame energy path (gate, registers, pulses, the snapshot handoff and its write) must not allocate in steady state.</summary>
    [TestClass]
    public class MetrologyAllocationTests
    {
        [TestMethod]
        public void TheFramePathDoesNotAllocateInSteadyState()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 4));
            store.Mount();
            EnergyRegisters registers = new EnergyRegisters(4096, 1000);
            RegisterPersistence persistence = new RegisterPersistence(store, registers, 2);
            persistence.Restore();
            NoLoadDetector detector = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(5000000, 1, 230000));
            VirtualPulseOutput output = new VirtualPulseOutput(VirtualClock.Manual(new DateTime(2026, 1, 1)));
            PulseGenerator pulses = new PulseGenerator(output, 4096, 10000, 8);
            for (int k = 0; k < 20000; k++)
            {
                Frame(k, detector, registers, pulses, persistence);
            }

            long writes = persistence.Writes;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 20000; k < 60000; k++)
            {
                Frame(k, detector, registers, pulses, persistence);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(persistence.Writes - writes > 100, "the window includes persisted writes: " + (persistence.Writes - writes));
            Assert.IsTrue(output.PulseCount > 100, "the window includes pulses");
            Assert.AreEqual(0L, allocated, "bytes allocated by 40 000 frames");
        }

        private static void Frame(int k, NoLoadDetector detector, EnergyRegisters registers, PulseGenerator pulses, RegisterPersistence persistence)
        {
            detector.Update(k % 100 < 5 ? 0 : 20000000);
            long active = detector.Gate(k % 9 == 0 ? -2000000000L : 4600000000L);
            long reactive = detector.Gate(k % 4 == 0 ? -700000000L : 800000000L);
            registers.Add(active, reactive, 82);
            pulses.Add(active > 0 ? active : 0, 82);
            if (persistence.Update())
            {
                // The storage task's side, here on the same thread: neither side allocates.
                persistence.WritePending();
            }
        }
    }
}
