using Meter.Hal.Platform;

namespace Meter.SerialConsole.Commands
{
    /// <summary>reboot (privileged): asks the platform to restart the meter.</summary>
    public sealed class RebootCommand : IConsoleCommand
    {
        private readonly ISystemMonitor _system;

        public RebootCommand(ISystemMonitor system)
        {
            _system = system;
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
            _system.Reboot();
        }
    }
}
