namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// help: lists every command with its syntax, marking privileged ones. The help texts start in
    /// one column; a syntax too wide for its column (sim's list of inputs) gets a line of its own,
    /// so no line outgrows an 80-column terminal.
    /// </summary>
    public sealed class HelpCommand : IConsoleCommand
    {
        /// <summary>Width of the syntax column: the standard commands' syntax plus a gap.</summary>
        public const int SyntaxWidth = 16;

        private static readonly string EmptySyntax = new string(' ', SyntaxWidth);

        private readonly CommandTable _commands;

        public HelpCommand(CommandTable commands)
        {
            _commands = commands;
        }

        public string Name
        {
            get { return "help"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "list commands"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            output.WriteLine("commands (* = privileged, login first):");
            for (int i = 0; i < _commands.Count; i++)
            {
                IConsoleCommand command = _commands[i];
                string syntax = command.Usage.Length == 0 ? command.Name : command.Name + " " + command.Usage;
                string help = (command.Privileged ? "* " : "  ") + command.Help;
                if (syntax.Length < SyntaxWidth)
                {
                    output.WriteLine("  " + syntax.PadRight(SyntaxWidth, ' ') + help);
                }
                else
                {
                    output.WriteLine("  " + syntax);
                    output.WriteLine("  " + EmptySyntax + help);
                }
            }
        }
    }
}
