using Meter.Identity;

namespace Meter.SerialConsole.Commands
{
    /// <summary>version: the software identification (WELMEC 7.2 S1 / OIML D 31): name, version, SHA-256.</summary>
    public sealed class VersionCommand : IConsoleCommand
    {
        private readonly SoftwareIdentity _identity;

        public VersionCommand(SoftwareIdentity identity)
        {
            _identity = identity;
        }

        public string Name
        {
            get { return "version"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "software identification (name, version, SHA-256)"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            output.WriteLine("product:  " + _identity.ProductName);
            output.WriteLine("version:  " + _identity.Version);
            if (_identity.HasHash)
            {
                output.WriteLine("sha-256:  " + _identity.HashHex);
                output.WriteLine("covers:   " + _identity.HashScope);
            }
            else
            {
                output.WriteLine("sha-256:  unavailable (" + _identity.HashScope + ")");
            }
        }
    }
}
