using System;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Identity;
using Meter.Metrology;
using Meter.Runtime;
using Meter.SerialConsole.Authentication;
using Meter.SerialConsole.Commands;
using Meter.Storage;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The serial console assembled from the meter's parts, for the entry points (host and
    /// device) to create once: the standard commands, the login state in the record store
    /// (<see cref="RecordKeys.ConsoleSecret"/>, <see cref="RecordKeys.ConsoleLoginHistory"/>,
    /// <see cref="RecordKeys.ConsoleLoginAttempts"/>), logins, logouts and reboots recorded in the
    /// event log (<see cref="ConsoleEvents"/>), and the
    /// <see cref="ConsoleTask"/> to add to the supervisor. Board-specific commands are added by
    /// the caller through <see cref="Commands"/> (the virtual board's sim command), so the
    /// console never asks which board it runs on.
    /// </summary>
    public sealed class MeterConsole
    {
        /// <summary>PBKDF2 iterations for secrets provisioned on the host, where SHA-256 is JIT-compiled.</summary>
        public const int HostPbkdf2Iterations = 100000;

        /// <summary>
        /// PBKDF2 iterations on a device. Interpreted IL runs SHA-256 at roughly 10 ms per block,
        /// and each iteration hashes two, so 100 iterations keep a login around 2 s. Against the
        /// generated 120-bit secret the count is defence in depth; it is stored per credential, so
        /// a native HMAC (crypto HAL) can raise it for new credentials.
        /// </summary>
        public const int DevicePbkdf2Iterations = 100;

        private readonly IEventRecorder _events;

        /// <param name="board">The board: console port, clock, TRNG, system monitor, definition.</param>
        /// <param name="identity">The software identification shown by "version".</param>
        /// <param name="supervisor">The task supervisor whose snapshot "status" shows.</param>
        /// <param name="store">The mounted record store.</param>
        /// <param name="events">The event log ("events", and where login failures go).</param>
        /// <param name="measurements">The metrology task's published measurement ("meter").</param>
        /// <param name="options">Echo, prompt, line length, idle timeout.</param>
        /// <param name="pbkdf2Iterations">Iterations for credentials provisioned from now on.</param>
        public MeterConsole(
            IBoard board,
            SoftwareIdentity identity,
            TaskSupervisor supervisor,
            RecordStore store,
            EventLog events,
            IMeasurementSource measurements,
            ConsoleOptions options,
            int pbkdf2Iterations)
        {
            if (board == null || identity == null || supervisor == null || store == null || events == null || measurements == null || options == null)
            {
                throw new ArgumentNullException();
            }

            _events = new EventLogRecorder(events);
            Output = new ConsoleWriter(board.ConsolePort);
            RecordStoreSlot credential = new RecordStoreSlot(store, RecordKeys.ConsoleSecret);
            Provisioning = new ConsoleSecretProvisioning(credential, board.Trng, pbkdf2Iterations);
            RecordStoreSlot history = new RecordStoreSlot(store, RecordKeys.ConsoleLoginHistory);
            Authenticator = new ConsoleAuthenticator(
                credential,
                history,
                new PersistentAttemptCounter(OpenAttemptCounter(store, history)),
                _events,
                board.Clock);

            Commands = new CommandTable();
            Shell = new ConsoleShell(Output, Commands, board.Clock, options, "login");
            Shell.Session.Ended += RecordSessionEnd;
            Commands.Add(new HelpCommand(Commands));
            Commands.Add(new StatusCommand(board.Clock, board.SystemMonitor, new SupervisorTaskStatus(supervisor), Shell.Statistics, Authenticator));
            Commands.Add(new VersionCommand(identity));
            Commands.Add(new BoardCommand(board.Definition));
            Commands.Add(new MeterCommand(measurements));
            Commands.Add(new EventsCommand(events));
            Commands.Add(new FlashCommand(store));
            Commands.Add(new LoginCommand(Authenticator));
            Commands.Add(new LogoutCommand());
            Commands.Add(new RebootCommand(board.SystemMonitor, _events));

            Task = new ConsoleTask(Shell, new ConsolePump(board.ConsolePort, Shell, ConsolePump.DefaultReadTimeoutMilliseconds));
        }

        /// <summary>
        /// The first-boot check of the console secret, for the composition root to call once per
        /// boot, after mounting the store and before the tasks start, with the mount report's
        /// <c>WasBlank</c>. A new meter (blank store, no credential) gets a generated secret,
        /// stored and printed once on the console: returns true. A credential missing from a store
        /// that was not blank (lost to flash damage), or damaged, is not replaced:
        /// logins are refused ("needs factory re-provisioning") and the event log records it.
        /// Later calls do nothing. Never throws: the meter must start even when the console cannot
        /// be provisioned (a full or read-only store); the console then says so in one error line.
        /// </summary>
        public bool ProvisionAtFirstBoot(bool storeWasBlank)
        {
            try
            {
                return Provisioning.ProvisionAtFirstBoot(storeWasBlank, Output, _events);
            }
            catch (Exception e)
            {
                Output.WriteError("console secret check failed: " + e.GetType().FullName);
                return false;
            }
        }

        private void RecordSessionEnd(string reason)
        {
            _events.Record(ConsoleEvents.SessionEnded, reason);
        }

        // The login attempt counter. If its record was found corrupt, the number of failures since
        // the last success is unknown: count it as a full run of failures, so login opens only
        // after the longest backoff instead of the lockout being reset (a read-only store cannot
        // be written: the counter stays unknown and login stays closed).
        private static PersistentCounter OpenAttemptCounter(RecordStore store, RecordStoreSlot history)
        {
            PersistentCounter attempts = new PersistentCounter(store, RecordKeys.ConsoleLoginAttempts);
            if (attempts.IsCorrupt && !store.IsReadOnly)
            {
                attempts.AdvanceTo(LoginHistory.Read(history).AttemptsAtLastSuccess + LoginBackoff.FailuresForMaxDelay);
            }

            return attempts;
        }

        /// <summary>The command table; add board-specific commands before the task starts.</summary>
        public CommandTable Commands { get; }

        public ConsoleWriter Output { get; }

        public ConsoleShell Shell { get; }

        public ConsoleAuthenticator Authenticator { get; }

        /// <summary>For factory provisioning of the secret (<see cref="ConsoleSecretProvisioning.Provision"/>) before the task starts.</summary>
        public ConsoleSecretProvisioning Provisioning { get; }

        /// <summary>The console's task: add it to the supervisor.</summary>
        public ConsoleTask Task { get; }
    }
}
