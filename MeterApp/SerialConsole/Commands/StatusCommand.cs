using Meter.Hal.Clock;
using Meter.Hal.Platform;

namespace Meter.SerialConsole.Commands
{
    /// <summary>status: uptime, memory, and every task with its state, restarts, heartbeat and mailbox.</summary>
    public sealed class StatusCommand : IConsoleCommand
    {
        private readonly IMonotonicClock _clock;
        private readonly ISystemMonitor _system;
        private readonly ITaskStatusSource _tasks;

        public StatusCommand(IMonotonicClock clock, ISystemMonitor system, ITaskStatusSource tasks)
        {
            _clock = clock;
            _system = system;
            _tasks = tasks;
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
            get { return "uptime, memory, tasks"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            output.WriteLine("uptime:   " + FormatUptime(_clock.UptimeMilliseconds));
            output.WriteLine("memory:   used " + Bytes(_system.UsedMemoryBytes) + ", free " + Bytes(_system.FreeMemoryBytes));

            TaskStatusRow[] rows = _tasks.GetTaskStatus();
            int restarts = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                restarts += rows[i].Restarts;
            }

            output.WriteLine("tasks:    " + rows.Length + ", restarts " + restarts + " in total");
            output.WriteLine("  " + Left("task", 16) + Left("state", 12) + Right("prio", 5) + Right("restarts", 10)
                + Right("heartbeat", 12) + Right("mailbox", 10) + Right("drops", 8));
            for (int i = 0; i < rows.Length; i++)
            {
                TaskStatusRow r = rows[i];
                output.WriteLine("  " + Left(r.Name, 16) + Left(r.State, 12) + Right(r.Priority.ToString(), 5)
                    + Right(r.Restarts.ToString(), 10)
                    + Right(r.HeartbeatAgeMilliseconds < 0 ? "never" : r.HeartbeatAgeMilliseconds + " ms", 12)
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
