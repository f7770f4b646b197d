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
        public void TheConsoleTaskAnswersUnderTheSupervisorAndShowsInStatus()
        {
            ConsoleFixture console = ConsoleFixture.CreateUnprovisioned();
            VirtualClock clock = VirtualClock.Scaled(1, new DateTime(2026, 1, 1, 0, 0, 0));
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new NullWatchdog()), new SupervisorSettings(10, 20, 160, 60000));
            console.Commands.Add(new StatusCommand(clock, console.SystemMonitor, new SupervisorTaskStatus(supervisor)));
            ConsoleTask task = new ConsoleTask(console.Shell, new ConsolePump(console.Port, console.Shell, 5), console.Writer, console.Provisioning);
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                Assert.IsTrue(WaitFor(console, "console secret: "), "the first run provisions and prints the secret");
                console.Port.QueueInput(Hex.Ascii("status\r\n"));
                string output = string.Empty;
                for (int i = 0; i < 2000 && output.IndexOf("console ") < 0; i++)
                {
                    Thread.Sleep(5);
                    output += console.Port.TakeOutput();
                }

                Assert.Contains("tasks:    1, restarts 0 in total", output);
                Assert.Contains("  console         running", output);
            }
            finally
            {
                supervisor.Stop();
            }
        }

        private static bool WaitFor(ConsoleFixture console, string text)
        {
            string output = string.Empty;
            for (int i = 0; i < 2000; i++)
            {
                output += console.Port.TakeOutput();
                if (output.IndexOf(text) >= 0)
                {
                    return true;
                }

                Thread.Sleep(5);
            }

            return false;
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
