using System;
using Meter.Hal.Crypto.SelfTest;
using Meter.Security;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// selftest: runs the crypto known-answer tests again and prints one row per test. A failure
    /// is logged and puts crypto in the error state; only a restart leaves it.
    /// </summary>
    public sealed class SelfTestCommand : IConsoleCommand
    {
        private readonly MeterCrypto _crypto;

        public SelfTestCommand(MeterCrypto crypto)
        {
            if (crypto == null)
            {
                throw new ArgumentNullException("crypto");
            }

            _crypto = crypto;
        }

        public string Name
        {
            get { return "selftest"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "run the crypto known-answer self-tests"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 0)
            {
                output.WriteError("usage: selftest");
                return;
            }

            SelfTestReport report = _crypto.RunSelfTest();
            for (int i = 0; i < report.Count; i++)
            {
                string name = report.NameAt(i);
                while (name.Length < 14)
                {
                    name += " ";
                }

                output.WriteLine(name + (report.PassedAt(i) ? "pass  " : "FAIL  ") + report.ProviderAt(i));
            }

            output.WriteLine(report.AllPassed ? "self-test passed" : "self-test FAILED: " + report.FirstFailure);
            if (!_crypto.Health.IsOperational)
            {
                output.WriteLine("crypto state: ERROR (" + _crypto.Health.Failure + "); restart to retest");
            }
        }
    }
}
