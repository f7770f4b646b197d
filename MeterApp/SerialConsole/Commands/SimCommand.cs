using System.Collections;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// sim input &lt;name&gt; &lt;on|off&gt;: drives the virtual board's sensors (cover, terminal cover,
    /// magnet, optical port) from the console. The composition registers it only on the virtual
    /// board, with one setter per simulated input; the console itself knows nothing of boards.
    /// </summary>
    public sealed class SimCommand : IConsoleCommand
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _setters = new ArrayList();
        private string _usage = "input <> <on|off>";

        public string Name
        {
            get { return "sim"; }
        }

        public string Usage
        {
            get { return _usage; }
        }

        public string Help
        {
            get { return "drive a simulated input (virtual board)"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        /// <summary>Adds a simulated input under a lower-case <paramref name="name"/>.</summary>
        public void AddInput(string name, InputLevelSetter setter)
        {
            _names.Add(name.ToLower());
            _setters.Add(setter);
            string choices = string.Empty;
            for (int i = 0; i < _names.Count; i++)
            {
                choices = i == 0 ? (string)_names[i] : choices + "|" + (string)_names[i];
            }

            _usage = "input <" + choices + "> <on|off>";
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 3 || args[0].ToLower() != "input")
            {
                output.WriteError("usage: sim " + _usage);
                return;
            }

            int index = _names.IndexOf(args[1].ToLower());
            string level = args[2].ToLower();
            if (index < 0 || (level != "on" && level != "off"))
            {
                output.WriteError("usage: sim " + _usage);
                return;
            }

            bool changed = ((InputLevelSetter)_setters[index])(level == "on");
            output.WriteLine((string)_names[index] + ": " + level + (changed ? string.Empty : " (unchanged)"));
        }
    }
}
