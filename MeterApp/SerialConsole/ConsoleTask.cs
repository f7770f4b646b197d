using System;
using Meter.Runtime;
using Meter.SerialConsole.Authentication;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The console as a task of the runtime, at the lowest priority: each step reads the UART
    /// with a short timeout and feeds the shell (<see cref="ConsolePump"/>); the runner heartbeats
    /// after every step. It is not critical, so a hung console never stops the watchdog feed.
    /// Every run, including a restart after a fault, starts clean: the partial line is dropped
    /// and any privileged session ended, since nothing a faulted run left is trusted. On the
    /// first run of a meter with no console credential it provisions one and prints it once.
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
        private readonly ConsoleWriter _output;
        private readonly ConsoleSecretProvisioning _provisioning;

        /// <param name="shell">The console core.</param>
        /// <param name="pump">Reads the console port into the shell.</param>
        /// <param name="output">The shell's writer, for the first-boot secret.</param>
        /// <param name="provisioning">First-boot provisioning, or null when the secret is provisioned elsewhere.</param>
        public ConsoleTask(ConsoleShell shell, ConsolePump pump, ConsoleWriter output, ConsoleSecretProvisioning provisioning)
            : base("console", TaskPriority.Console, false, HeartbeatTimeout, 1, MailboxOverflow.DropOldest)
        {
            if (shell == null || pump == null || output == null)
            {
                throw new ArgumentNullException(shell == null ? "shell" : pump == null ? "pump" : "output");
            }

            _shell = shell;
            _pump = pump;
            _output = output;
            _provisioning = provisioning;
        }

        protected internal override void OnStart(TaskContext context)
        {
            if (_provisioning != null)
            {
                _provisioning.ProvisionIfAbsent(_output);
            }

            _shell.Start();
        }

        protected internal override void Step(TaskContext context)
        {
            _pump.Step();
        }
    }
}
