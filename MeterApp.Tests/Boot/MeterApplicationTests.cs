using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.Tests.Runtime;
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
                Assert.Contains("tasks:    1, restarts 0 in total", status);
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
            MeterEvent[] events = second.App.Events.ReadLatest(3);
            Assert.AreEqual(3, events.Length);
            Assert.AreEqual((int)EventCode.PowerUp, (int)events[0].Code);
            Assert.AreEqual("boot 2", events[0].Details);
            Assert.AreEqual((int)EventCode.PowerDown, (int)events[1].Code);
            Assert.AreEqual("boot 1", events[2].Details);
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
            MeterEvent[] events = meter.App.Events.ReadLatest(2);
            Assert.AreEqual((int)EventCode.StoreRecovered, (int)events[0].Code);
            Assert.AreEqual((int)EventCode.PowerUp, (int)events[1].Code);

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
        public void ATaskRestartIsRecordedInTheEventLog()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16));
            meter.App.Supervisor.Add(new FaultingTask("flaky", false, 2));
            meter.App.Start();
            try
            {
                Assert.IsTrue(Eventually.Holds(() => meter.App.Events.ReadLatest(1)[0].Code == EventCode.TaskRestarted), "a restart event should be logged");
                Assert.StartsWith("flaky #1 InvalidOperationException: step 2", meter.App.Events.ReadLatest(1)[0].Details);
            }
            finally
            {
                meter.App.Stop();
            }
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

                Assert.AreEqual(0, meter.App.Supervisor.Snapshot()[0].Restarts, "console");
                Assert.AreEqual(0, meter.App.Supervisor.Snapshot()[1].Restarts, "metronome");
                Assert.AreEqual((int)TaskState.Running, (int)meter.App.Supervisor.Snapshot()[1].State, "metronome");
                Assert.IsTrue(stepsAfter > stepsBefore, "the metronome stepped " + stepsBefore.ToString() + " then " + stepsAfter.ToString() + " times");
            }
            finally
            {
                meter.App.Stop();
            }
        }
    }
}
