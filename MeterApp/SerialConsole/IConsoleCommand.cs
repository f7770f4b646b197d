namespace Meter.SerialConsole
{
    /// <summary>
    /// One console command. The shell has already checked the session may run it (see
    /// <see cref="Privileged"/>) and bounded the argument count; the command checks the
    /// arguments themselves and reports bad ones with <see cref="ConsoleWriter.WriteError"/>.
    /// An exception from <see cref="Execute"/> is caught by the shell and reported as one error line.
    /// </summary>
    public interface IConsoleCommand
    {
        /// <summary>The command word, lower case (matched case-insensitively).</summary>
        string Name { get; }

        /// <summary>The argument syntax for help, e.g. "[n]", or empty.</summary>
        string Usage { get; }

        /// <summary>One line of help.</summary>
        string Help { get; }

        /// <summary>True when the command needs a logged-in session.</summary>
        bool Privileged { get; }

        /// <summary>Runs the command; <paramref name="args"/> are the words after the name.</summary>
        void Execute(ConsoleSession session, string[] args, ConsoleWriter output);
    }
}
