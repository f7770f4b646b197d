using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.Storage;
using Meter.Tests.Runtime;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    [TestClass]
    public class MeterApplicationTests
    {
        [TestMethod]
        public void TheRunningMeterAnswersStatusAndVersionOnItsConsole()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16));
            meter.App.Start();
            try
            {
                // Wait for the task row: the first-boot banner also says "console" (its secret).
                string status = meter.Ask("status", "console         running");
                Assert.Contains("uptime:", status);
                Assert.Contains(", restarts 0 in total", status);
                Assert.Contains("metrology       running*", status);
                Assert.Contains("storage         running*", status);
                Assert.Contains("console         running", status);

                string version = meter.Ask("version", "sha-256:");
                Assert.Contains("version:", version);
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void ARestartContinuesFromThePersistedState()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter first = RunningMeter.Boot(flash);
            Assert.AreEqual(1L, first.App.BootCount);
            Assert.IsTrue(first.App.Mount.WasBlank);
            first.App.Start();
            first.App.Stop();

            RunningMeter second = RunningMeter.Boot(flash);
            Assert.AreEqual(2L, second.App.BootCount);
            Assert.IsTrue(second.App.Mount.IsClean);
            MeterEvent[] events = second.App.Events.ReadLatest(5);
            Assert.AreEqual(5, events.Length);
            Assert.AreEqual((int)EventCode.PowerUp, (int)events[0].Code);
            Assert.AreEqual("boot 2", events[0].Details);
            Assert.AreEqual((int)EventCode.PowerDown, (int)events[1].Code);
            Assert.AreEqual((int)EventCode.DeviceKeysGenerated, (int)events[2].Code, "first boot only: DLMS identity and keys");
            Assert.AreEqual((int)EventCode.DeviceKeysGenerated, (int)events[3].Code, "first boot only: device key pairs");
            Assert.AreEqual("boot 1", events[4].Details);
        }

        [TestMethod]
        public void GarbageFlashAtBootIsRecoveredLoggedAndTheMeterRuns()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            byte[] garbage = new byte[flash.Size];
            new DeterministicRandom(77).NextBytes(garbage, 0, garbage.Length);
            flash.LoadImage(garbage);

            RunningMeter meter = RunningMeter.Boot(flash);
            Assert.IsFalse(meter.App.Mount.IsClean);
            Assert.AreEqual(1L, meter.App.BootCount);
            MeterEvent[] events = meter.App.Events.ReadLatest(3);
            Assert.AreEqual((int)EventCode.ConsoleSecretUnavailable, (int)events[0].Code, "garbage is not a blank (new) flash: no secret is generated");
            Assert.AreEqual((int)EventCode.StoreRecovered, (int)events[1].Code);
            Assert.AreEqual((int)EventCode.PowerUp, (int)events[2].Code);

            meter.App.Start();
            try
            {
                Assert.Contains("tasks:", meter.Ask("status", "tasks:"));
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void AFlashFromANewerFirmwareBootsReadOnlyAndTheConsoleStillAnswers()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter first = RunningMeter.Boot(flash);
            first.App.Start();
            first.App.Stop();

            // A newer firmware opened a sector in a format version this one does not know.
            byte[] header = new byte[] { 0x4D, 0x52, 0x53, 0x31, 0x02, 0x00, 0xFF, 0xFF, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
            uint crc = Crc32.Compute(header, 0, 16);
            header[16] = (byte)crc;
            header[17] = (byte)(crc >> 8);
            header[18] = (byte)(crc >> 16);
            header[19] = (byte)(crc >> 24);
            flash.Program(15 * 4096, header, 0, header.Length);
            byte[] image = flash.GetImage();

            RunningMeter meter = RunningMeter.Boot(flash);
            Assert.IsTrue(meter.App.IsReadOnly);
            Assert.IsTrue(meter.App.Mount.RefusedUnknownVersion);
            Assert.AreEqual(1L, meter.App.BootCount, "the stored count; this boot could not be counted");
            meter.App.Start();
            try
            {
                Assert.Contains("tasks:", meter.Ask("status", "tasks:"));
                Assert.Contains("READ-ONLY", meter.Ask("flash", "last mount:"));
            }
            finally
            {
                meter.App.Stop();
            }

            Assert.IsTrue(StoreTestKit.SameBytes(image, flash.GetImage()), "nothing was written or erased");
        }

        [TestMethod]
        public void ACorruptBootCounterIsReportedNotGuessed()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter first = RunningMeter.Boot(flash);
            Assert.AreEqual(1L, first.App.BootCount);

            // Flip a payload bit of the boot count record (the power-up event was written after it).
            byte[] image = flash.GetImage();
            int at = -1;
            for (int i = 0; i + 24 <= image.Length && at < 0; i += 4)
            {
                bool bootCountRecord = image[i] == (byte)(RecordKeys.BootCount & 0xFF) && image[i + 1] == (byte)(RecordKeys.BootCount >> 8) && image[i + 2] == 8 && image[i + 3] == 0;
                at = bootCountRecord ? i : -1;
            }

            image[at + 16] ^= 0x02;
            flash.LoadImage(image);

            RunningMeter second = RunningMeter.Boot(flash);
            Assert.AreEqual(-1L, second.App.BootCount);
            Assert.AreEqual(1, second.App.Mount.CorruptKeys);
            MeterEvent[] events = second.App.Events.ReadLatest(2);
            Assert.AreEqual((int)EventCode.NvMemoryError, (int)events[0].Code);
            Assert.AreEqual("boot count corrupt", events[1].Details);
        }

        [TestMethod]
        public void ATaskFaultIsRecordedWhenFoundAndItsRestartAfterwards()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16));
            meter.App.Supervisor.Add(new FaultingTask("flaky", false, 2));
            meter.App.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => meter.App.Events.ReadLatest(1)[0].Code == EventCode.TaskRestarted), "a restart event should be logged");
            }
            finally
            {
                meter.App.Stop();
            }

            // Oldest first: power up, then the first fault, then its restart.
            MeterEvent[] newestFirst = meter.App.Events.ReadLatest(meter.App.Events.Count);
            MeterEvent fault = null;
            MeterEvent restart = null;
            for (int i = newestFirst.Length - 1; i >= 0 && restart == null; i--)
            {
                if (newestFirst[i].Code == EventCode.TaskFaulted && fault == null)
                {
                    fault = newestFirst[i];
                }
                else if (newestFirst[i].Code == EventCode.TaskRestarted)
                {
                    restart = newestFirst[i];
                }
            }

            Assert.IsNotNull(fault, "the fault is logged before its restart");
            Assert.StartsWith("flaky InvalidOperationException: step 2", fault.Details);
            Assert.IsNotNull(restart);
            Assert.AreEqual("flaky #1", restart.Details);
        }

        [TestMethod]
        public void AFloodOfGarbageOnTheConsoleCostsAHigherPriorityTaskNothing()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16));
            MetronomeTask metronome = new MetronomeTask("metronome", TaskPriority.Metrology, 5);
            meter.App.Supervisor.Add(metronome);
            meter.App.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => metronome.Steps > 0), "the metronome should be stepping");
                int stepsBefore = metronome.Steps;
                DeterministicRandom random = new DeterministicRandom(3);
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

                // End the last garbage line once the console has read the flood (a full input
                // FIFO would drop the line feed), then the console must answer as before.
                Assert.IsTrue(Eventually.Holds(() => meter.Port.PendingInputBytes == 0), "the console should drain its input");
                Assert.AreEqual(1, meter.Port.InjectLine(string.Empty), "the line feed must fit");
                Assert.Contains("tasks:", meter.Ask("status", "tasks:"), "the console survives the flood");
                int stepsAfter = metronome.Steps;

                Assert.AreEqual(0, meter.Task("console").Restarts, "console");
                Assert.AreEqual(0, meter.Task("metronome").Restarts, "metronome");
                Assert.AreEqual((int)TaskState.Running, (int)meter.Task("metronome").State, "metronome");
                Assert.IsTrue(stepsAfter > stepsBefore, "the metronome stepped " + stepsBefore.ToString() + " then " + stepsAfter.ToString() + " times");
            }
            finally
            {
                meter.App.Stop();
            }
        }
    }
}
