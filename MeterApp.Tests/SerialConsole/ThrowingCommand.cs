using System;
using Meter.SerialConsole;

namespace Meter.Tests.SerialConsole
{
    /// <summary>A command that writes part of a line and then fails, as a buggy command would.</summary>
    public sealed class ThrowingCommand : IConsoleCommand
    {
        public string Name
        {
            get { return "crash"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "throws"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            output.Write("partial");
            throw new InvalidOperationException("boom");
        }
    }
}
