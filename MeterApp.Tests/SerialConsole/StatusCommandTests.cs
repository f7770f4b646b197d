using Meter.SerialConsole;
using Meter.SerialConsole.Commands;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class StatusCommandTests
    {
        [TestMethod]
        public void StatusShowsUptimeMemoryAndEveryTask()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Commands.Add(new StatusCommand(console.Clock, console.SystemMonitor, new FixedTasks()));
            console.Clock.Advance((((2 * 24 + 3) * 60 + 4) * 60 + 5) * 1000);
            string[] lines = console.RunLines("status");
            Assert.AreEqual("uptime:   2 d 03:04:05", lines[0]);
            Assert.AreEqual("memory:   used 654321 B, free 123456 B", lines[1]);
            Assert.AreEqual("tasks:    2, restarts 3 in total", lines[2]);
            Assert.AreEqual("  task            state        prio  restarts   heartbeat   mailbox   drops", lines[3]);
            Assert.AreEqual("  metrology       running         1         0        5 ms      0/32       0", lines[4]);
            Assert.AreEqual("  console         backoff         5         3       never       2/8      17", lines[5]);
            Assert.AreEqual("    last fault: InvalidOperationException: boom", lines[6]);
            Assert.AreEqual(7, lines.Length);
        }

        [TestMethod]
        public void UptimeFormat()
        {
            Assert.AreEqual("0 d 00:00:00", StatusCommand.FormatUptime(999));
            Assert.AreEqual("1 d 00:00:01", StatusCommand.FormatUptime(86401000));
        }

        private sealed class FixedTasks : ITaskStatusSource
        {
            public TaskStatusRow[] GetTaskStatus()
            {
                return new TaskStatusRow[]
                {
                    new TaskStatusRow("metrology", "running", 1, 0, string.Empty, 5, 0, 32, 0),
                    new TaskStatusRow("console", "backoff", 5, 3, "InvalidOperationException: boom", -1, 2, 8, 17),
                };
            }
        }
    }
}
