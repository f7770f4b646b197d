using System;
using Meter.Hal.Clock;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The console core: bytes in, lines out. It feeds received bytes to the <see cref="LineReader"/>,
    /// splits each complete line into words, checks the session may run the command and runs it.
    /// Every rejected input (overlong or binary line, too many words, unknown command, privileged
    /// command without login, a command that throws) gives exactly one "error: ..." line and a
    /// count in <see cref="Statistics"/>; nothing escapes to the caller. It does not read the port
    /// itself, so the task that owns the UART (ConsoleTask) and tests drive it the same way.
    /// </summary>
    public sealed class ConsoleShell
    {
        private readonly ConsoleWriter _output;
        private readonly CommandTable _commands;
        private readonly IMonotonicClock _clock;
        private readonly ConsoleOptions _options;
        private readonly LineReader _reader;
        private readonly ConsoleSession _session;
        private readonly ConsoleStatistics _statistics = new ConsoleStatistics();

        /// <summary>
        /// Creates a shell. <paramref name="maskedCommand"/> names the command whose argument is
        /// a secret and must not be echoed ("login"), or null.
        /// </summary>
        public ConsoleShell(ConsoleWriter output, CommandTable commands, IMonotonicClock clock, ConsoleOptions options, string maskedCommand)
        {
            if (output == null || commands == null || clock == null || options == null)
            {
                throw new ArgumentNullException(output == null ? "output" : commands == null ? "commands" : clock == null ? "clock" : "options");
            }

            if (options.MaxWords < 1)
            {
                throw new ArgumentOutOfRangeException("options");
            }

            _output = output;
            _commands = commands;
            _clock = clock;
            _options = options;
            _reader = new LineReader(options.MaxLineLength, output, maskedCommand);
            _reader.EchoEnabled = options.Echo;
            _session = new ConsoleSession(options.IdleTimeoutMilliseconds);
        }

        public ConsoleSession Session
        {
            get { return _session; }
        }

        public ConsoleStatistics Statistics
        {
            get { return _statistics; }
        }

        public CommandTable Commands
        {
            get { return _commands; }
        }

        /// <summary>The line editor (exposed so tests can check its buffer never grows).</summary>
        public LineReader Reader
        {
            get { return _reader; }
        }

        /// <summary>
        /// Starts, or restarts, the console: drops any partial line, ends any privileged
        /// session and prints the prompt.
        /// </summary>
        public void Start()
        {
            _reader.Reset();
            _session.Logout("console restart");
            WritePrompt();
            _output.Flush();
        }

        /// <summary>Processes received bytes; runs each line they complete.</summary>
        public void Feed(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("data");
            }

            for (int i = 0; i < count; i++)
            {
                LineStatus status = _reader.Feed(data[offset + i]);
                if (status != LineStatus.Pending)
                {
                    HandleLine(status);
                }
            }

            _output.Flush();
        }

        /// <summary>Ends a logged-in session that has been idle too long; call it now and then.</summary>
        public void Poll()
        {
            ExpireIdleSession(_clock.UptimeMilliseconds);
            _output.Flush();
        }

        private void HandleLine(LineStatus status)
        {
            long now = _clock.UptimeMilliseconds;
            ExpireIdleSession(now);
            _session.Touch(now);
            _statistics.LinesReceived++;

            if (status == LineStatus.TooLong)
            {
                Reject("line too long (max " + _reader.Capacity + " bytes)");
            }
            else if (status == LineStatus.Invalid)
            {
                Reject("line contains control or non-ASCII bytes");
            }
            else
            {
                Dispatch(_reader.Line);
            }

            WritePrompt();
        }

        private void Dispatch(string line)
        {
            string[] words = CommandTokenizer.Split(line, _options.MaxWords);
            if (words == null)
            {
                Reject("too many words (max " + _options.MaxWords + ")");
                return;
            }

            if (words.Length == 0)
            {
                return;
            }

            IConsoleCommand command = _commands.Find(words[0]);
            if (command == null)
            {
                _statistics.UnknownCommands++;
                _output.WriteError(UnknownCommandMessage(words[0]));
                return;
            }

            if (command.Privileged && !_session.IsAuthenticated)
            {
                _statistics.PrivilegedRefusals++;
                _output.WriteError("'" + command.Name + "' is privileged: login first");
                return;
            }

            string[] args = new string[words.Length - 1];
            Array.Copy(words, 1, args, 0, args.Length);
            try
            {
                command.Execute(_session, args, _output);
                _statistics.CommandsExecuted++;
            }
            catch (Exception e)
            {
                // DESIGN.md section 6: bad input must not crash the task; report once and go on.
                _statistics.CommandFaults++;
                _output.WriteError("'" + command.Name + "' failed: " + e.GetType().FullName);
            }
        }

        // A word too long to be a command name may be the secret, typed alone or glued to a
        // mistyped "login": it is not repeated to the terminal (or to a captured session log).
        private static string UnknownCommandMessage(string word)
        {
            if (word.Length > CommandTable.MaxNameLength)
            {
                return "unknown command (longer than any command name, not repeated; try help)";
            }

            return "unknown command '" + word + "' (try help)";
        }

        private void Reject(string message)
        {
            _statistics.RejectedLines++;
            _output.WriteError(message);
        }

        private void ExpireIdleSession(long now)
        {
            if (_session.HasExpired(now))
            {
                _session.Logout("idle timeout");
                _output.BeginLine();
                _output.WriteLine("session logged out after " + (_session.IdleTimeoutMilliseconds / 1000) + " s idle");
            }
        }

        private void WritePrompt()
        {
            if (_options.ShowPrompt)
            {
                _output.Write(_session.IsAuthenticated ? "meter# " : "meter> ");
            }
        }
    }
}
