using System;
using Meter.Hal.Board;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Tests.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    /// <summary>
    /// DESIGN §4, "metrology never waits on another task": a booted meter meters a known load on
    /// a front end that overruns when it is not read in time, while the console is flooded with
    /// garbage and commands, a supervised task crashes at every step and is restarted, a task
    /// hammers the record store (event writes and the compactions they cause) on a flash with
    /// NOR timing, and a task spins on the CPU. No frame may be lost and the registers must hold
    /// the load's energy. The proof uses the frame counters, never timing.
    /// </summary>
    [TestClass]
    public class MetrologyIsolationTests
    {
        // Household: 230 V × 5 A × PF 0.95, 819-sample frames at 4096 Hz.
        private const double ActiveMicrowatts = 1092.5e6;
        private const int FrameSamples = 819;

        [TestMethod]
        public void MetrologyLosesNoFrameWhileOtherTasksFloodCrashHammerTheStoreAndSpin()
        {
            // Twice real time: ten frames a second; the chip keeps five (half a real second).
            VirtualClock clock = VirtualClock.Scaled(2, new DateTime(2026, 6, 1, 0, 0, 0));
            VirtualFrontEnd paced = new VirtualFrontEnd(MeteringScenario.Household(), 11, clock);
            OverrunFrontEnd frontEnd = new OverrunFrontEnd(paced, clock, 5);
            VirtualFlash memory = new VirtualFlash(4096, 16);
            SlowFlash flash = new SlowFlash(memory, 40, 1);
            VirtualSerialPort port = new VirtualSerialPort(4096, 64 * 1024);
            VirtualBoard board = new VirtualBoard(VirtualBoardDefinition.Create(), clock, flash, new VirtualTrng(11), VirtualUniqueSecret.FromSeed(11), port, new VirtualSerialPort(), null, frontEnd);
            RunningMeter meter = RunningMeter.Boot(board, port);
            flash.Watched = frontEnd;

            StoreHammerTask hammer = new StoreHammerTask(meter.App.Events);
            CpuHogTask hog = new CpuHogTask();
            FaultingTask crasher = new FaultingTask("crasher", false, 1);
            meter.App.Supervisor.Add(hammer);
            meter.App.Supervisor.Add(hog);
            meter.App.Supervisor.Add(crasher);
            meter.App.Start();
            bool stopped;
            try
            {
                Flood(meter, 30);
                Assert.IsTrue(Eventually.Holds(() => meter.Task("crasher").Restarts >= 2), "the crasher is restarted again and again");
            }
            finally
            {
                stopped = meter.App.Stop();
            }

            Assert.IsTrue(stopped, "every task ended");
            MetrologyTask metrology = meter.App.Metrology;
            Assert.IsTrue(metrology.Frames >= 20, "frames metered: " + metrology.Frames.ToString());
            Assert.AreEqual(0L, frontEnd.Overruns, "frames overwritten in the front end before metrology read them");
            Assert.AreEqual(0L, frontEnd.SequenceBreaks, "the sequence numbers are continuous");
            Assert.AreEqual(0L, metrology.LostFrames);
            Assert.AreEqual(frontEnd.Delivered, metrology.Frames, "every frame read was metered");
            Assert.AreEqual(0, flash.OperationsOnWatchedThread, "the metrology thread never touched the flash");
            Assert.AreEqual(0, meter.App.Supervisor.Snapshot()[0].Restarts, "metrology");
            Assert.AreEqual(0, meter.App.Supervisor.Snapshot()[1].Restarts, "storage");
            Assert.IsTrue(hammer.Events > 100 && flash.Erases > 0, "the store was hammered: " + hammer.Events.ToString() + " events, " + flash.Erases.ToString() + " erases");
            Assert.IsTrue(hog.Spins > 0, "the hog spun");

            // The registers hold the closed-form energy of the frames metered (0.1 %, the project's target).
            EnergyRegister activeImport = meter.App.MeterMetrology.Registers.ActiveImport;
            double expected = ActiveMicrowatts * metrology.Frames * FrameSamples;
            double registered = ((double)activeImport.Units * activeImport.UnitSize) + activeImport.Remainder;
            Assert.IsTrue(Math.Abs((registered - expected) / expected) <= 0.001, "A+ " + registered.ToString() + " µW·samples, expected " + expected.ToString());

            // And they were persisted exactly (snapshots during the run, the flush at stop).
            RunningMeter restarted = RunningMeter.Boot(memory, true);
            EnergyRegister restored = restarted.App.MeterMetrology.Registers.ActiveImport;
            Assert.AreEqual(activeImport.Units, restored.Units);
            Assert.AreEqual(activeImport.Remainder, restored.Remainder);
        }

        // Garbage, then valid commands, for about the given number of metered frames.
        private static void Flood(RunningMeter meter, int frames)
        {
            string[] commands = { "meter", "status", "tamper", "events 5", "flash", "help", "nonsense" };
            DeterministicRandom random = new DeterministicRandom(7);
            byte[] chunk = new byte[512];
            int round = 0;
            while (meter.App.Metrology.Frames < frames && round < 100000)
            {
                random.NextBytes(chunk, 0, chunk.Length);
                meter.Port.Inject(chunk);
                meter.Port.InjectLine(string.Empty);
                meter.Port.InjectLine(commands[round % commands.Length]);
                meter.Port.TakeOutput();
                round++;
                System.Threading.Thread.Sleep(2);
            }
        }
    }
}
