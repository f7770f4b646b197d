using Meter.SerialConsole.Authentication;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// login &lt;secret&gt;: opens a privileged session when the secret matches. When the console
    /// echoes (device UART), the shell's line editor echoes the secret as '*'; where the terminal
    /// echoes (the host), that is the terminal's doing. Failures are counted, logged and
    /// rate-limited by the <see cref="ConsoleAuthenticator"/>.
    /// </summary>
    public sealed class LoginCommand : IConsoleCommand
    {
        private readonly ConsoleAuthenticator _authenticator;

        public LoginCommand(ConsoleAuthenticator authenticator)
        {
            _authenticator = authenticator;
        }

        public string Name
        {
            get { return "login"; }
        }

        public string Usage
        {
            get { return "<secret>"; }
        }

        public string Help
        {
            get { return "open a privileged session"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 1)
            {
                output.WriteError("usage: login <secret>");
                return;
            }

            if (session.IsAuthenticated)
            {
                output.WriteLine("already logged in");
                return;
            }

            long wait;
            LoginOutcome outcome = _authenticator.Login(args[0], out wait);
            switch (outcome)
            {
                case LoginOutcome.Success:
                    session.Authenticate(session.LastActivityMilliseconds);
                    output.WriteLine("logged in: privileged commands allowed until logout or " + (session.IdleTimeoutMilliseconds / 1000) + " s idle");
                    break;
                case LoginOutcome.Rejected:
                    output.WriteError("login failed; next attempt accepted in " + Seconds(wait) + " s");
                    break;
                case LoginOutcome.LockedOut:
                    output.WriteError("login locked after failed attempts; try again in " + Seconds(wait) + " s");
                    break;
                case LoginOutcome.NotProvisioned:
                    output.WriteError("console secret missing: needs factory re-provisioning");
                    break;
                default:
                    output.WriteError("console secret damaged: needs factory re-provisioning");
                    break;
            }
        }

        // Rounded up, so "try again in n s" is never too early.
        private static long Seconds(long milliseconds)
        {
            return (milliseconds + 999) / 1000;
        }
    }
}
