namespace Meter.SerialConsole.Commands
{
    /// <summary>help: lists every command with its syntax, marking privileged ones.</summary>
    public sealed class HelpCommand : IConsoleCommand
    {
        private const int SyntaxWidth = 28;

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
                output.WriteLine("  " + syntax.PadRight(SyntaxWidth, ' ') + (command.Privileged ? "* " : "  ") + command.Help);
            }
        }
    }
}
