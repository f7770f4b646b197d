using System;
using Meter.Boot;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Storage;
using Meter.Tests.Runtime;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    /// <summary>
    /// The booted meter meters: the metrology task runs on the board's front end (household load,
    /// 230 V, 5 A, PF 0.95 inductive), its registers survive an orderly restart, and the console
    /// shows them.
    /// </summary>
    [TestClass]
    public class MeterMetrologyTests
    {
        // 230 V × 5 A × 0.95 and × sin(acos 0.95), in µW (µvar); 819-sample frames at 4096 Hz.
        private const double ActiveMicrowatts = 1092.5e6;
        private const double ReactiveMicrovars = 359.0909e6;
        private const int FrameSamples = 819;

        [TestMethod]
        public void TheMetrologyTaskIsTheFirstAndCriticalTask()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16), true);
            Assert.AreEqual("metrology", meter.App.Supervisor.Snapshot()[0].Name);
            Assert.AreSame(meter.App.Metrology, meter.App.MeterMetrology.Task);
            Assert.IsFalse(meter.App.MeterMetrology.Restored, "a blank flash has no registers");
            Assert.IsTrue(meter.App.MeterMetrology.Persistence.IsWriting);
        }

        [TestMethod]
        public void RegistersAccumulateTheScenarioEnergyAndARestartContinuesThem()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter first = RunningMeter.Boot(flash, true);
            const int Frames = 500;
            Process(first.App.Metrology, Frames);
            EnergyRegisters registers = first.App.MeterMetrology.Registers;
            double samples = (double)Frames * FrameSamples;
            Relative(ActiveMicrowatts * samples, Energy(registers.ActiveImport), 0.005, "A+");
            Relative(ReactiveMicrovars * samples, Energy(registers.ReactiveImport), 0.01, "R+");
            Assert.AreEqual(0.0, Energy(registers.ActiveExport), "A-");
            Assert.AreEqual(0.0, Energy(registers.ReactiveExport), "R-");
            Assert.AreEqual(30L, registers.ActiveImport.Units, "100 s at 1092.5 W is 30.3 Wh");
            Assert.AreEqual(0L, first.App.Metrology.LostFrames);
            Assert.IsTrue(first.App.Stop(), "tasks never started: nothing to wait for");

            long units = registers.ActiveImport.Units;
            long remainder = registers.ActiveImport.Remainder;
            RunningMeter second = RunningMeter.Boot(flash, true);
            EnergyRegister restored = second.App.MeterMetrology.Registers.ActiveImport;
            Assert.IsTrue(second.App.MeterMetrology.Restored);
            Assert.AreEqual(units, restored.Units, "the flush on stop keeps every unit");
            Assert.AreEqual(remainder, restored.Remainder, "and the remainder");
            Process(second.App.Metrology, 20);
            Assert.IsTrue(Energy(restored) > (double)units * restored.UnitSize + remainder, "the registers continue upwards");
        }

        [TestMethod]
        public void UnreadableStoredRegistersAreLoggedAndNeverOverwritten()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RecordStore store = new RecordStore(flash);
            store.Mount();
            byte[] alien = new byte[] { 99, 4, 1, 2, 3 };
            store.Write(RecordKeys.EnergyRegisters, alien, 0, alien.Length);

            RunningMeter meter = RunningMeter.Boot(flash, true);
            Assert.IsFalse(meter.App.MeterMetrology.Restored);
            Assert.IsFalse(meter.App.MeterMetrology.Persistence.IsWriting);
            MeterEvent[] events = meter.App.Events.ReadLatest(5);
            bool logged = false;
            for (int i = 0; i < events.Length; i++)
            {
                logged |= events[i].Code == EventCode.NvMemoryError && events[i].Details.IndexOf("energy registers") >= 0;
            }

            Assert.IsTrue(logged, "NvMemoryError names the energy registers");
            Process(meter.App.Metrology, 100);
            Assert.IsTrue(meter.App.MeterMetrology.Registers.ActiveImport.Units > 0, "the meter still meters from zero");
            Assert.IsTrue(meter.App.Stop());

            byte[] stored = new byte[64];
            RecordStore after = new RecordStore(flash);
            after.Mount();
            Assert.AreEqual(alien.Length, after.Read(RecordKeys.EnergyRegisters, stored, 0), "the unreadable record is kept");
            Assert.AreEqual((byte)99, stored[0]);
        }

        [TestMethod]
        public void AReadOnlyStoreMetersInMemoryAndWritesNothing()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter.Boot(flash, true).App.Stop();

            // A newer firmware opened a sector in a format version this one does not know.
            byte[] header = new byte[] { 0x4D, 0x52, 0x53, 0x31, 0x02, 0x00, 0xFF, 0xFF, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
            uint crc = Crc32.Compute(header, 0, 16);
            header[16] = (byte)crc;
            header[17] = (byte)(crc >> 8);
            header[18] = (byte)(crc >> 16);
            header[19] = (byte)(crc >> 24);
            flash.Program(15 * 4096, header, 0, header.Length);
            byte[] image = flash.GetImage();

            RunningMeter meter = RunningMeter.Boot(flash, true);
            Assert.IsTrue(meter.App.IsReadOnly);
            Assert.IsFalse(meter.App.MeterMetrology.Persistence.IsWriting);
            Process(meter.App.Metrology, 100);
            Assert.IsTrue(meter.App.MeterMetrology.Registers.ActiveImport.Units > 0, "the meter still meters");
            Assert.IsTrue(meter.App.Stop());
            Assert.IsTrue(StoreTestKit.SameBytes(image, flash.GetImage()), "nothing was written or erased");
        }

        [TestMethod]
        public void TheRunningMeterLosesNoFrameWhileTheConsoleIsFloodedAndPrintsPlausibleValues()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16));
            meter.App.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => meter.App.Metrology.Frames > 0), "frames should arrive every 0.2 s");
                DeterministicRandom random = new DeterministicRandom(5);
                byte[] chunk = new byte[1024];
                for (int i = 0; i < 200; i++)
                {
                    random.NextBytes(chunk, 0, chunk.Length);
                    while (meter.Port.Inject(chunk) == 0)
                    {
                        meter.Port.TakeOutput();
                    }

                    meter.Port.TakeOutput();
                }

                Assert.IsTrue(Eventually.Holds(() => meter.Port.PendingInputBytes == 0), "the console should drain its input");
                meter.Port.InjectLine(string.Empty);
                long framesAfterFlood = meter.App.Metrology.Frames;
                Assert.IsTrue(Eventually.Holds(() => meter.App.Metrology.Frames > framesAfterFlood + 1), "metering goes on");

                string output = meter.Ask("meter", "frames:");
                Within(output, "voltage:", 225, 235);
                Within(output, "current:", 4.9, 5.1);
                Within(output, "neutral:", 4.9, 5.1);
                Within(output, "active:", 1050, 1135);
                Within(output, "reactive:", 330, 390);
                Within(output, "apparent:", 1100, 1200);
                Within(output, "power factor:", 0.94, 0.96);
                Within(output, "frequency:", 49.9, 50.1);
                Assert.Contains("A+ (1.8.0):     ", output);
                Assert.Contains("A- (2.8.0):     0 Wh", output, "no export on an importing load");
                Assert.Contains("R- (4.8.0):     0 varh", output);
                Assert.Contains(", lost 0", output);
                Assert.Contains("billing:        line channel", output, "balanced: the line channel bills");
            }
            finally
            {
                meter.App.Stop();
            }

            Assert.AreEqual(0L, meter.App.Metrology.LostFrames, "the flood costs the metrology task no frame");
            Assert.AreEqual(0, meter.App.Supervisor.Snapshot()[0].Restarts, "metrology");
        }

        private static void Process(MetrologyTask task, int frames)
        {
            for (int k = 0; k < frames; k++)
            {
                Assert.IsTrue(task.ProcessNextFrame(0), "batch mode always has a frame");
            }
        }

        private static double Energy(EnergyRegister register)
        {
            return ((double)register.Units * register.UnitSize) + register.Remainder;
        }

        private static void Relative(double expected, double actual, double tolerance, string what)
        {
            double error = (actual - expected) / expected;
            Assert.IsTrue(Math.Abs(error) <= tolerance, what + ": expected " + expected.ToString() + ", got " + actual.ToString());
        }

        // The number after "label" on its line of the meter command's output, within [low, high].
        private static void Within(string output, string label, double low, double high)
        {
            int start = output.IndexOf(label);
            Assert.IsTrue(start >= 0, "no " + label + " in " + output);
            start += label.Length;
            while (output[start] == ' ')
            {
                start++;
            }

            int end = start;
            while (end < output.Length && (output[end] == '.' || output[end] == '-' || (output[end] >= '0' && output[end] <= '9')))
            {
                end++;
            }

            double value = double.Parse(output.Substring(start, end - start));
            Assert.IsTrue(value >= low && value <= high, label + " " + value.ToString() + " outside [" + low.ToString() + ", " + high.ToString() + "]");
        }
    }
}
