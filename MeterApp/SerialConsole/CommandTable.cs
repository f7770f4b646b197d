using System;
using System.Collections;

namespace Meter.SerialConsole
{
    /// <summary>The console's commands, looked up case-insensitively by name, in registration order.</summary>
    public sealed class CommandTable
    {
        /// <summary>
        /// Longest command name accepted. Shorter than the shortest console secret
        /// (Authentication.ConsoleSecretProvisioning.MinSecretLength): a word longer than this is
        /// never a command, may be the secret typed on its own, and is never repeated in an error.
        /// </summary>
        public const int MaxNameLength = 15;

        private readonly ArrayList _commands = new ArrayList();

        public int Count
        {
            get { return _commands.Count; }
        }

        public IConsoleCommand this[int index]
        {
            get { return (IConsoleCommand)_commands[index]; }
        }

        /// <summary>Registers a command; its name must be lower-case letters, digits or '-', and unique.</summary>
        public void Add(IConsoleCommand command)
        {
            if (command == null)
            {
                throw new ArgumentNullException("command");
            }

            string name = command.Name;
            if (!IsValidName(name))
            {
                throw new ArgumentException("bad command name");
            }

            if (Find(name) != null)
            {
                throw new ArgumentException("duplicate command " + name);
            }

            _commands.Add(command);
        }

        /// <summary>The command called <paramref name="name"/> in any letter case, or null.</summary>
        public IConsoleCommand Find(string name)
        {
            if (name == null || name.Length > MaxNameLength)
            {
                return null;
            }

            string lower = name.ToLower();
            for (int i = 0; i < _commands.Count; i++)
            {
                IConsoleCommand command = (IConsoleCommand)_commands[i];
                if (command.Name == lower)
                {
                    return command;
                }
            }

            return null;
        }

        private static bool IsValidName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > MaxNameLength)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
