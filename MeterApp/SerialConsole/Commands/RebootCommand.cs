using System;
using Meter.Events;
using Meter.Hal.Platform;

namespace Meter.SerialConsole.Commands
{
    /// <summary>reboot (privileged): records the request in the event log, then asks the platform to restart the meter.</summary>
    public sealed class RebootCommand : IConsoleCommand
    {
        private readonly ISystemMonitor _system;
        private readonly IEventRecorder _events;

        public RebootCommand(ISystemMonitor system, IEventRecorder events)
        {
            if (system == null || events == null)
            {
                throw new ArgumentNullException(system == null ? "system" : "events");
            }

            _system = system;
            _events = events;
        }

        public string Name
        {
            get { return "reboot"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "restart the meter"; }
        }

        public bool Privileged
        {
            get { return true; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            output.WriteLine("rebooting");
            output.Flush();
            try
            {
                _events.Record(ConsoleEvents.RebootRequested, "from the console");
            }
            finally
            {
                // A log that cannot be written (full or read-only store) must not stop a recovery reboot.
                _system.Reboot();
            }
        }
    }
}
