using System;
using Meter.Hal.Board;
using Meter.Hal.Virtual;
using Meter.Identity;
using Meter.SerialConsole;
using Meter.SerialConsole.Authentication;
using Meter.SerialConsole.Commands;

namespace Meter.Tests.SerialConsole
{
    /// <summary>
    /// A console wired as the meter wires it, on in-memory parts: a manual clock, a memory port,
    /// RAM record slots, a provisioned secret. Built fresh in each test (tests keep no shared state).
    /// </summary>
    public sealed class ConsoleFixture
    {
        public const string Secret = "Tr0ub4dor-and-3-more";

        // Tests use a tiny iteration count; the cost is the same code path at any count.
        public const int TestIterations = 2;

        public readonly MemorySerialPort Port = new MemorySerialPort();
        public readonly VirtualClock Clock = VirtualClock.Manual(new DateTime(2026, 3, 1, 12, 0, 0));
        public readonly MemoryRecordSlot CredentialSlot = new MemoryRecordSlot();
        public readonly MemoryRecordSlot HistorySlot = new MemoryRecordSlot();
        public readonly MemoryAttemptCounter Attempts = new MemoryAttemptCounter();
        public readonly RecordingEvents Events = new RecordingEvents();
        public readonly FakeSystemMonitor SystemMonitor = new FakeSystemMonitor();
        public readonly SeededTrng Trng = new SeededTrng(7);
        public readonly ConsoleWriter Writer;
        public readonly CommandTable Commands = new CommandTable();
        public readonly ConsoleSecretProvisioning Provisioning;
        public readonly ConsoleAuthenticator Authenticator;
        public readonly ConsoleShell Shell;

        private ConsoleFixture(bool provisioned, bool echo)
        {
            Writer = new ConsoleWriter(Port);
            Provisioning = new ConsoleSecretProvisioning(CredentialSlot, Trng, TestIterations);
            if (provisioned)
            {
                Provisioning.Provision(Secret);
            }

            Authenticator = new ConsoleAuthenticator(CredentialSlot, HistorySlot, Attempts, Events, Clock);
            Commands.Add(new HelpCommand(Commands));
            Commands.Add(new VersionCommand(Identity()));
            Commands.Add(new BoardCommand(Board()));
            Commands.Add(new LoginCommand(Authenticator));
            Commands.Add(new LogoutCommand());
            Commands.Add(new RebootCommand(SystemMonitor));

            ConsoleOptions options = new ConsoleOptions();
            options.Echo = echo;
            options.ShowPrompt = false;
            Shell = new ConsoleShell(Writer, Commands, Clock, options, "login");
        }

        /// <summary>A provisioned console without echo or prompt, so output is exactly the command output.</summary>
        public static ConsoleFixture Create()
        {
            return new ConsoleFixture(true, false);
        }

        public static ConsoleFixture CreateUnprovisioned()
        {
            return new ConsoleFixture(false, false);
        }

        public static ConsoleFixture CreateWithEcho()
        {
            return new ConsoleFixture(true, true);
        }

        /// <summary>A new authenticator over the same persistent records and counter, as after a reboot.</summary>
        public ConsoleAuthenticator AuthenticatorAfterReboot()
        {
            return new ConsoleAuthenticator(CredentialSlot, HistorySlot, Attempts, Events, Clock);
        }

        public static SoftwareIdentity Identity()
        {
            byte[] hash = new byte[32];
            for (int i = 0; i < hash.Length; i++)
            {
                hash[i] = (byte)(0xA0 + i);
            }

            return new SoftwareIdentity("Secure Meter", "1.2.3", hash, "SHA-256 of test.dll");
        }

        public static BoardDefinition Board()
        {
            return new BoardDefinition(
                "test-board", "TEST_TARGET", "COM9", 115200, 17, BoardDefinition.NoPin, 4, 5, BoardDefinition.NoPin, 7, true, 2, 30, 4096, 16, "I:\\meter.nor", 8000,
                CryptoCapabilities.AesNative | CryptoCapabilities.HardwareTrng);
        }

        /// <summary>Sends one line (CR LF) and returns what the console wrote in response.</summary>
        public string Run(string line)
        {
            Feed(line + "\r\n");
            return Port.TakeOutput();
        }

        /// <summary>Sends one line and returns the response split into lines.</summary>
        public string[] RunLines(string line)
        {
            return Lines(Run(line));
        }

        public void Feed(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            Shell.Feed(bytes, 0, bytes.Length);
        }

        /// <summary>Splits output on CR LF, without the empty piece after the last CR LF.</summary>
        public static string[] Lines(string output)
        {
            if (output.Length == 0)
            {
                return new string[0];
            }

            int count = 0;
            for (int i = 0; i + 1 < output.Length; i++)
            {
                if (output[i] == '\r' && output[i + 1] == '\n')
                {
                    count++;
                }
            }

            bool trailing = output.Length >= 2 && output[output.Length - 2] == '\r' && output[output.Length - 1] == '\n';
            string[] lines = new string[trailing ? count : count + 1];
            int start = 0;
            int n = 0;
            for (int i = 0; i + 1 < output.Length; i++)
            {
                if (output[i] == '\r' && output[i + 1] == '\n')
                {
                    lines[n++] = output.Substring(start, i - start);
                    start = i + 2;
                    i++;
                }
            }

            if (!trailing)
            {
                lines[n] = output.Substring(start);
            }

            return lines;
        }
    }
}
