using Meter.Events;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// events [n]: the latest n events of the standard log, newest first (sequence, UTC time, code,
    /// name, details); the same command named fraud reads the fraud detection log.
    /// </summary>
    public sealed class EventsCommand : IConsoleCommand
    {
        public const int DefaultCount = 10;
        public const int MaxCount = 50;

        private readonly EventLog _log;
        private readonly string _name;
        private readonly string _what;

        public EventsCommand(EventLog log)
            : this("events", log, "events")
        {
        }

        /// <summary>The command <paramref name="name"/> listing <paramref name="log"/>, whose entries the help calls <paramref name="what"/>.</summary>
        public EventsCommand(string name, EventLog log, string what)
        {
            _name = name;
            _log = log;
            _what = what;
        }

        public string Name
        {
            get { return _name; }
        }

        public string Usage
        {
            get { return "[n]"; }
        }

        public string Help
        {
            get { return "latest n " + _what + ", newest first (default 10, max 50)"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            int n = DefaultCount;
            if (args.Length > 1 || (args.Length == 1 && !TryParseCount(args[0], out n)))
            {
                output.WriteError("usage: " + _name + " [n]  (n from 1 to " + MaxCount + ")");
                return;
            }

            MeterEvent[] latest = _log.ReadLatest(n);
            output.WriteLine(_name + ": " + latest.Length + " of " + _log.Count + " (log capacity " + _log.Capacity + "), newest first");
            for (int i = 0; i < latest.Length; i++)
            {
                // "#sequence yyyy-mm-ddThh:mm:ssZ code name: details"
                output.WriteLine("  " + latest[i].ToString());
            }
        }

        // Digits only, 1..MaxCount: bounded before any number is formed.
        private static bool TryParseCount(string text, out int value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 3)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return value >= 1 && value <= MaxCount;
        }
    }
}
