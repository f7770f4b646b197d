namespace Meter.SerialConsole
{
    /// <summary>Counts of what the console received and refused; the security monitor can read them.</summary>
    public sealed class ConsoleStatistics
    {
        /// <summary>Lines ended (valid or not).</summary>
        public int LinesReceived { get; internal set; }

        /// <summary>Commands run to the end without an exception.</summary>
        public int CommandsExecuted { get; internal set; }

        /// <summary>Lines discarded as too long, as holding binary data, or with too many words.</summary>
        public int RejectedLines { get; internal set; }

        /// <summary>Lines naming no known command.</summary>
        public int UnknownCommands { get; internal set; }

        /// <summary>Privileged commands refused because the session was not logged in.</summary>
        public int PrivilegedRefusals { get; internal set; }

        /// <summary>Commands that threw; the shell caught the exception and printed one error line.</summary>
        public int CommandFaults { get; internal set; }
    }
}
