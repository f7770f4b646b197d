using System;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;
using Meter.Tests.Runtime;
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
            console.Commands.Add(new StatusCommand(console.Clock, console.SystemMonitor, new FixedTasks(0, string.Empty)));
            console.Clock.Advance((((2 * 24 + 3) * 60 + 4) * 60 + 5) * 1000);
            string[] lines = console.RunLines("status");
            Assert.AreEqual("uptime:   2 d 03:04:05", lines[0]);
            Assert.AreEqual("memory:   used 654321 B, free 123456 B", lines[1]);
            Assert.AreEqual("watchdog: fed", lines[2]);
            Assert.AreEqual("tasks:    2, restarts 3 in total, supervisor errors 4", lines[3]);
            Assert.AreEqual("  task            state        prio  restarts   heartbeat   mailbox   drops", lines[4]);
            Assert.AreEqual("  metrology       running*        0         0        5 ms      0/32       0", lines[5]);
            Assert.AreEqual("  console         faulted         5         3           -       2/8      17", lines[6]);
            Assert.AreEqual("    last fault: InvalidOperationException: boom", lines[7]);
            Assert.AreEqual(8, lines.Length);
        }

        [TestMethod]
        public void StatusShowsTheConsoleAndLoginCountersAndAWithheldWatchdog()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Commands.Add(new StatusCommand(console.Clock, console.SystemMonitor, new FixedTasks(3, "metrology"), console.Shell.Statistics, console.Authenticator));
            console.Commands.Add(new ThrowingCommand());
            console.Run("nonsense");
            console.Run("reboot");
            console.Run("crash");
            console.Run("help 1 2 3 4 5 6 7 8");
            console.Run("login " + ConsoleFixture.Secret);
            console.Run("logout");
            console.Run("login wrong-guess-1");
            console.Clock.Advance(1000);
            console.Run("login wrong-guess-2");
            console.Clock.Advance(500);

            string[] lines = console.RunLines("status");
            Assert.AreEqual("console:  lines 9, rejected 1, unknown 1, refused 1, faults 1, lost writes 0", lines[2]);
            Assert.AreEqual("logins:   successes 1, failures 2 (2 in a row), locked 2 s", lines[3]);
            Assert.AreEqual("watchdog: WITHHELD for 3 checks by metrology", lines[4]);
        }

        [TestMethod]
        public void LoginsShowAMissingSecret()
        {
            ConsoleFixture console = ConsoleFixture.CreateUnprovisioned();
            console.Commands.Add(new StatusCommand(console.Clock, console.SystemMonitor, new FixedTasks(0, string.Empty), console.Shell.Statistics, console.Authenticator));
            Assert.Contains("logins:   successes 0, failures 0 (0 in a row), SECRET MISSING\r\n", console.Run("status"));
        }

        [TestMethod]
        public void TheSupervisorAdapterReportsTheRuntimeStatesAndCounters()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 1, 1, 0, 0, 0));
            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new VirtualWatchdog(clock, 8000)), SupervisorSettings.Default);
            supervisor.Add(new MetronomeTask("metrology", TaskPriority.Metrology, 10));
            SupervisorTaskStatus status = new SupervisorTaskStatus(supervisor);
            TaskStatusRow[] rows = status.GetTaskStatus();
            Assert.AreEqual(1, rows.Length);
            Assert.AreEqual("created*", rows[0].State, "not started yet; critical");
            Assert.AreEqual(-1L, rows[0].HeartbeatAgeMilliseconds, "-1 when not running");
            Assert.AreEqual(0, status.SupervisorErrors);
            Assert.AreEqual(0, status.WatchdogWithheldChecks);
            Assert.AreEqual(string.Empty, status.WatchdogBlockedBy);
            Assert.AreEqual("faulted", SupervisorTaskStatus.StateName(TaskState.Faulted));
            Assert.AreEqual("hung", SupervisorTaskStatus.StateName(TaskState.Hung));
            Assert.AreEqual("stopped", SupervisorTaskStatus.StateName(TaskState.Stopped));
        }

        [TestMethod]
        public void UptimeFormat()
        {
            Assert.AreEqual("0 d 00:00:00", StatusCommand.FormatUptime(999));
            Assert.AreEqual("1 d 00:00:01", StatusCommand.FormatUptime(86401000));
        }

        private sealed class FixedTasks : ITaskStatusSource
        {
            private readonly int _withheld;
            private readonly string _blockedBy;

            public FixedTasks(int withheld, string blockedBy)
            {
                _withheld = withheld;
                _blockedBy = blockedBy;
            }

            public int SupervisorErrors
            {
                get { return 4; }
            }

            public int WatchdogWithheldChecks
            {
                get { return _withheld; }
            }

            public string WatchdogBlockedBy
            {
                get { return _blockedBy; }
            }

            public TaskStatusRow[] GetTaskStatus()
            {
                // As SupervisorTaskStatus writes them: runtime state names, '*' for critical, -1 when not running.
                return new TaskStatusRow[]
                {
                    new TaskStatusRow("metrology", "running*", 0, 0, string.Empty, 5, 0, 32, 0),
                    new TaskStatusRow("console", "faulted", 5, 3, "InvalidOperationException: boom", -1, 2, 8, 17),
                };
            }
        }
    }
}
