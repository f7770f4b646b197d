using System;
using Meter.Runtime;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The console as a task of the runtime, at the lowest priority: each step reads the UART
    /// with a short timeout and feeds the shell (<see cref="ConsolePump"/>); the runner heartbeats
    /// after every step. It is not critical, so a hung console never stops the watchdog feed.
    /// Every run, including a restart after a fault, starts clean: the partial line is dropped
    /// and any privileged session ended, since nothing a faulted run left is trusted. It never
    /// provisions the secret: two runs can overlap (a hung one is abandoned, not stopped), so
    /// that is done once per boot before the tasks start (<see cref="MeterConsole.ProvisionAtFirstBoot"/>).
    /// </summary>
    public sealed class ConsoleTask : MeterTask
    {
        /// <summary>
        /// Generous, because one step may verify a login: PBKDF2 in interpreted managed SHA-256
        /// takes seconds on a microcontroller.
        /// </summary>
        public const int HeartbeatTimeout = 30000;

        private readonly ConsoleShell _shell;
        private readonly ConsolePump _pump;

        /// <param name="shell">The console core.</param>
        /// <param name="pump">Reads the console port into the shell.</param>
        public ConsoleTask(ConsoleShell shell, ConsolePump pump)
            : base("console", TaskPriority.Console, false, HeartbeatTimeout, 1, MailboxOverflow.DropOldest)
        {
            if (shell == null || pump == null)
            {
                throw new ArgumentNullException(shell == null ? "shell" : "pump");
            }

            _shell = shell;
            _pump = pump;
        }

        protected internal override void OnStart(TaskContext context)
        {
            _shell.Start();
        }

        protected internal override void Step(TaskContext context)
        {
            _pump.Step();
        }
    }
}
