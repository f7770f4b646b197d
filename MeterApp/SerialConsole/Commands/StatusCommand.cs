using System;
using Meter.Hal.Clock;
using Meter.Hal.Platform;
using Meter.SerialConsole.Authentication;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// status: uptime, memory, the console's own counters (lines refused, unknown commands,
    /// command faults, logins), the watchdog feed and every task with its state, restarts,
    /// heartbeat and mailbox.
    /// </summary>
    public sealed class StatusCommand : IConsoleCommand
    {
        private readonly IMonotonicClock _clock;
        private readonly ISystemMonitor _system;
        private readonly ITaskStatusSource _tasks;
        private readonly ConsoleStatistics _console;
        private readonly ConsoleAuthenticator _logins;

        /// <summary>Status of the meter and of the console that runs the command.</summary>
        public StatusCommand(IMonotonicClock clock, ISystemMonitor system, ITaskStatusSource tasks, ConsoleStatistics console, ConsoleAuthenticator logins)
        {
            if (clock == null || system == null || tasks == null)
            {
                throw new ArgumentNullException(clock == null ? "clock" : system == null ? "system" : "tasks");
            }

            _clock = clock;
            _system = system;
            _tasks = tasks;
            _console = console;
            _logins = logins;
        }

        /// <summary>Status of the meter only, for a shell without login (benchmarks, tools).</summary>
        public StatusCommand(IMonotonicClock clock, ISystemMonitor system, ITaskStatusSource tasks)
            : this(clock, system, tasks, null, null)
        {
        }

        public string Name
        {
            get { return "status"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "uptime, memory, console, watchdog, tasks"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            output.WriteLine("uptime:   " + FormatUptime(_clock.UptimeMilliseconds));
            output.WriteLine("memory:   used " + Bytes(_system.UsedMemoryBytes) + ", free " + Bytes(_system.FreeMemoryBytes));
            if (_console != null)
            {
                output.WriteLine("console:  lines " + _console.LinesReceived + ", rejected " + _console.RejectedLines
                    + ", unknown " + _console.UnknownCommands + ", refused " + _console.PrivilegedRefusals
                    + ", faults " + _console.CommandFaults + ", lost writes " + output.FailedWrites);
            }

            if (_logins != null)
            {
                output.WriteLine("logins:   " + Logins(_logins));
            }

            output.WriteLine("watchdog: " + Watchdog(_tasks.WatchdogWithheldChecks, _tasks.WatchdogBlockedBy));
            TaskStatusRow[] rows = _tasks.GetTaskStatus();
            int restarts = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                restarts += rows[i].Restarts;
            }

            output.WriteLine("tasks:    " + rows.Length + ", restarts " + restarts + " in total, supervisor errors " + _tasks.SupervisorErrors);
            output.WriteLine("  " + Left("task", 16) + Left("state", 12) + Right("prio", 5) + Right("restarts", 10)
                + Right("heartbeat", 12) + Right("mailbox", 10) + Right("drops", 8));
            for (int i = 0; i < rows.Length; i++)
            {
                TaskStatusRow r = rows[i];
                output.WriteLine("  " + Left(r.Name, 16) + Left(r.State, 12) + Right(r.Priority.ToString(), 5)
                    + Right(r.Restarts.ToString(), 10)
                    + Right(r.HeartbeatAgeMilliseconds < 0 ? "-" : r.HeartbeatAgeMilliseconds + " ms", 12)
                    + Right(r.MailboxDepth + "/" + r.MailboxCapacity, 10) + Right(r.MailboxDrops.ToString(), 8));
                if (r.LastFault.Length > 0)
                {
                    output.WriteLine("    last fault: " + r.LastFault);
                }
            }
        }

        /// <summary>Uptime as "d days hh:mm:ss".</summary>
        public static string FormatUptime(long milliseconds)
        {
            long seconds = milliseconds / 1000;
            long days = seconds / 86400;
            seconds %= 86400;
            return days + " d " + Two(seconds / 3600) + ":" + Two(seconds / 60 % 60) + ":" + Two(seconds % 60);
        }

        private static string Logins(ConsoleAuthenticator logins)
        {
            string text = "successes " + logins.SuccessfulLogins + ", failures " + logins.TotalFailures
                + " (" + logins.ConsecutiveFailures + " in a row)";
            long locked = logins.LockoutRemainingMilliseconds;
            if (locked > 0)
            {
                // Rounded up, as the login command says it.
                text += ", locked " + ((locked + 999) / 1000) + " s";
            }

            CredentialState credential = logins.CredentialState;
            if (credential == CredentialState.Absent)
            {
                text += ", SECRET MISSING";
            }
            else if (credential == CredentialState.Damaged)
            {
                text += ", SECRET DAMAGED";
            }

            return text;
        }

        private static string Watchdog(int withheldChecks, string blockedBy)
        {
            if (withheldChecks == 0)
            {
                return "fed";
            }

            return "WITHHELD for " + withheldChecks + " checks by " + blockedBy;
        }

        private static string Bytes(long value)
        {
            return value < 0 ? "unknown" : value + " B";
        }

        private static string Two(long value)
        {
            return value < 10 ? "0" + value : value.ToString();
        }

        private static string Left(string text, int width)
        {
            text = text == null ? string.Empty : text;
            return text.Length >= width ? text.Substring(0, width - 1) + " " : text.PadRight(width, ' ');
        }

        private static string Right(string text, int width)
        {
            return text.Length >= width ? " " + text : text.PadLeft(width, ' ');
        }
    }
}
