using System;
using System.Threading;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class ConsoleTaskTests
    {
        [TestMethod]
        public void TheConsoleTaskAnswersUnderTheSupervisorAndNeverProvisions()
        {
            // review-b: provisioning in the task let two overlapping runs (a hung one is never
            // aborted) both generate and print a secret; it is done once per boot before the tasks start.
            ConsoleFixture console = ConsoleFixture.CreateUnprovisioned();
            VirtualClock clock = VirtualClock.Scaled(1, new DateTime(2026, 1, 1, 0, 0, 0));
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new NullWatchdog()), new SupervisorSettings(10, 20, 160, 60000));
            console.Commands.Add(new StatusCommand(clock, console.SystemMonitor, new SupervisorTaskStatus(supervisor), console.Shell.Statistics, console.Authenticator));
            ConsoleTask task = new ConsoleTask(console.Shell, new ConsolePump(console.Port, console.Shell, 5));
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                console.Port.QueueInput(Hex.Ascii("status\r\nlogin whatever-it-is-123\r\n"));
                string output = WaitFor(console, "error: console secret missing: needs factory re-provisioning");
                Assert.Contains("tasks:    1, restarts 0 in total", output);
                Assert.Contains("  console         running", output);
                Assert.AreEqual(-1, output.IndexOf("console secret: "), "the task printed a secret");
                Assert.AreEqual(-1, console.CredentialSlot.Read(new byte[64], 0, 64), "the task stored a secret");
            }
            finally
            {
                supervisor.Stop();
            }
        }

        // Everything the console wrote until it wrote text (or a 10 s bound passed).
        private static string WaitFor(ConsoleFixture console, string text)
        {
            string output = string.Empty;
            for (int i = 0; i < 2000 && output.IndexOf(text) < 0; i++)
            {
                Thread.Sleep(5);
                output += console.Port.TakeOutput();
            }

            return output;
        }

        private sealed class NullWatchdog : Meter.Hal.Watchdog.IWatchdog
        {
            public int TimeoutMilliseconds
            {
                get { return 1000; }
            }

            public void Start()
            {
            }

            public void Feed()
            {
            }
        }
    }
}
