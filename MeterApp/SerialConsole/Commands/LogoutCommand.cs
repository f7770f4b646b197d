namespace Meter.SerialConsole.Commands
{
    /// <summary>logout: ends the privileged session.</summary>
    public sealed class LogoutCommand : IConsoleCommand
    {
        public string Name
        {
            get { return "logout"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "end the privileged session"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (!session.IsAuthenticated)
            {
                output.WriteLine("not logged in");
                return;
            }

            session.Logout("logout");
            output.WriteLine("logged out");
        }
    }
}
