using System;
using Meter.Boot;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.SerialConsole;
using Meter.SerialConsole.Authentication;
using Meter.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    /// <summary>The console as the meter assembles it, on the virtual board with a real record store and event log.</summary>
    [TestClass]
    public class MeterConsoleTests
    {
        private const string Secret = "factory-set-secret-0042";

        // Meter.Storage.RecordFormat.HeaderSize (internal): key, length, sequence, CRCs.
        private const int RecordHeader = 16;

        [TestMethod]
        public void SecretIsNeverInTheFlashImage()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            meter.Console.Provisioning.Provision(Secret);
            Assert.StartsWith("logged in", meter.Run("login " + Secret));
            meter.Run("logout");
            meter.Run("login wrong-guess-123");

            byte[] image = meter.Flash.GetImage();
            Assert.AreEqual(-1, Bytes.IndexOf(image, Hex.Ascii(Secret)), "the secret is not on flash");
            Assert.AreEqual(-1, Bytes.IndexOf(image, Hex.Ascii("wrong-guess-123")), "nor is a guess");
            Assert.AreEqual((int)CredentialState.Valid, (int)meter.Console.Authenticator.CredentialState);
        }

        [TestMethod]
        public void AGeneratedSecretIsNeverInTheFlashImage()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            string secret = meter.PrintedSecret();
            Assert.IsNotNull(secret, "a blank flash is a new meter: the first boot prints its secret");
            Assert.AreEqual(-1, Bytes.IndexOf(meter.Flash.GetImage(), Hex.Ascii(secret)));
            Assert.StartsWith("logged in", meter.Run("login " + secret));
        }

        [TestMethod]
        public void TheSecretIsPrintedAtTheFirstBootOnly()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            string secret = BootedMeter.Boot(flash).PrintedSecret();
            BootedMeter again = BootedMeter.Boot(flash);
            Assert.AreEqual(-1, again.BootOutput.IndexOf("console secret"), again.BootOutput);
            Assert.IsFalse(again.Console.ProvisionAtFirstBoot(true), "once per boot");
            Assert.StartsWith("logged in", again.Run("login " + secret));
        }

        [TestMethod]
        public void ADamagedSectorHeaderNeverMakesTheMeterPrintANewSecret()
        {
            // review-b: a cleared bit in sector 0's header CRC made the mount erase the sector
            // with the credential, and the next boot printed a fresh secret to whoever was there.
            VirtualFlash flash = new VirtualFlash(4096, 16);
            string secret = BootedMeter.Boot(flash).PrintedSecret();
            byte[] image = flash.GetImage();
            image[16] &= 0xFE;
            flash.LoadImage(image);

            BootedMeter damaged = BootedMeter.Boot(flash);
            Assert.IsFalse(damaged.Mount.WasBlank);
            Assert.AreEqual(-1, damaged.BootOutput.IndexOf("console secret:"), damaged.BootOutput);
            Assert.StartsWith("logged in", damaged.Run("login " + secret), "the sector's whole records are kept");
        }

        [TestMethod]
        [DataRow(false, "missing")]
        [DataRow(true, "damaged")]
        public void BitRotInTheSecretRecordRefusesLoginAndNeverPrintsANewSecret(bool writtenOver, string state)
        {
            // As the last write the damaged record reads as torn (absent); under later writes as bit rot (damaged).
            VirtualFlash flash = new VirtualFlash(4096, 16);
            BootedMeter first = BootedMeter.Boot(flash);
            string secret = first.PrintedSecret();
            if (writtenOver)
            {
                first.Run("login wrong-guess-1");
            }

            byte[] image = flash.GetImage();
            int at = -1;
            for (int i = 0; i + RecordHeader + ConsoleCredential.EncodedLength <= image.Length; i += 4)
            {
                bool credentialRecord = image[i] == (byte)(RecordKeys.ConsoleSecret & 0xFF) && image[i + 1] == (byte)(RecordKeys.ConsoleSecret >> 8)
                    && image[i + 2] == ConsoleCredential.EncodedLength && image[i + 3] == 0;
                at = credentialRecord ? i : at;
            }

            Assert.IsTrue(at >= 0, "the credential record is on the flash");
            int hashByte = at + RecordHeader + ConsoleCredential.EncodedLength - 1;
            image[hashByte] = image[hashByte] == 0 ? (byte)0 : (byte)(image[hashByte] & (image[hashByte] - 1)); // NOR: clear one bit
            Assert.AreNotEqual(flash.GetImage()[hashByte], image[hashByte], "a bit was cleared");
            flash.LoadImage(image);

            BootedMeter damaged = BootedMeter.Boot(flash);
            Assert.IsFalse(damaged.Mount.WasBlank);
            Assert.AreEqual(-1, damaged.BootOutput.IndexOf("console secret:"), damaged.BootOutput);
            Assert.AreEqual("error: console secret " + state + ": needs factory re-provisioning\r\n", damaged.Run("login " + secret));
            Assert.Contains(" 237 console secret unavailable: " + state + ", needs factory re-provisioning\r\n", damaged.Run("events 1"));
            Assert.Contains("SECRET " + state.ToUpper(), damaged.Run("status"));
            Assert.AreEqual(-1, Bytes.IndexOf(flash.GetImage(), Hex.Ascii(secret)));
        }

        [TestMethod]
        public void FailuresAreLoggedAsEvent46AndShownByEvents()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            meter.Console.Provisioning.Provision(Secret);
            meter.Run("login wrong-guess-123");
            Assert.AreEqual(2, meter.Log.Count, "power up, then the failure");

            string[] lines = ConsoleFixture.Lines(meter.Run("events"));
            Assert.AreEqual("events: 2 of 2 (log capacity 100), newest first", lines[0]);
            Assert.AreEqual("  #2 2026-03-01T12:00:00Z 46 authentication failure: console login failed (1 in a row, locked 1 s)", lines[1]);
            Assert.AreEqual("  #1 2026-03-01T12:00:00Z 2 power up: boot 1", lines[2]);
            Assert.AreEqual(3, lines.Length);
        }

        [TestMethod]
        public void LoginsLogoutsAndRebootsAreInTheEventLog()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            meter.Console.Provisioning.Provision(Secret);
            meter.Run("login " + Secret);
            meter.Run("logout");
            meter.Run("login " + Secret);
            meter.Clock.Advance(meter.Console.Shell.Session.IdleTimeoutMilliseconds);
            meter.Console.Shell.Poll();
            meter.Run("login " + Secret);
            meter.Console.Shell.Start();
            meter.Run("login " + Secret);
            meter.Run("reboot");
            Assert.AreEqual(1, meter.Board.VirtualSystem.RebootRequestCount);

            string[] lines = ConsoleFixture.Lines(meter.Run("events 10"));
            Assert.AreEqual("events: 9 of 9 (log capacity 100), newest first", lines[0]);
            Assert.EndsWith(" 238 reboot requested: from the console", lines[1]);
            Assert.EndsWith(" 235 console login: successful login #4", lines[2]);
            Assert.EndsWith(" 236 console session ended: console restart", lines[3]);
            Assert.EndsWith(" 235 console login: successful login #3", lines[4]);
            Assert.EndsWith(" 236 console session ended: idle timeout", lines[5]);
            Assert.EndsWith(" 235 console login: successful login #2", lines[6]);
            Assert.EndsWith(" 236 console session ended: logout", lines[7]);
            Assert.EndsWith(" 235 console login: successful login #1", lines[8]);
            Assert.EndsWith(" 2 power up: boot 1", lines[9]);
        }

        [TestMethod]
        public void EventsShowsTheLatestNewestFirstWithinBounds()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            for (int i = 1; i <= 12; i++)
            {
                meter.Log.Record(EventCode.TaskRestarted, "task " + i);
            }

            string[] lines = ConsoleFixture.Lines(meter.Run("events"));
            Assert.AreEqual(11, lines.Length, "default 10 plus the header");
            Assert.Contains("#13 ", lines[1], "event 1 is the power up");
            Assert.Contains("230 task restarted: task 12", lines[1]);
            Assert.Contains("#4 ", lines[10]);

            Assert.AreEqual(3, ConsoleFixture.Lines(meter.Run("events 2")).Length);
            Assert.AreEqual("error: usage: events [n]  (n from 1 to 50)\r\n", meter.Run("events 0"));
            Assert.AreEqual("error: usage: events [n]  (n from 1 to 50)\r\n", meter.Run("events 51"));
            Assert.AreEqual("error: usage: events [n]  (n from 1 to 50)\r\n", meter.Run("events -1"));
            Assert.AreEqual("error: usage: events [n]  (n from 1 to 50)\r\n", meter.Run("events 99999999999999"));
        }

        [TestMethod]
        public void TheLockoutAndTheFailureCountSurviveARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            BootedMeter meter = BootedMeter.Boot(flash);
            meter.Console.Provisioning.Provision(Secret);
            for (int i = 0; i < 3; i++)
            {
                meter.Run("login wrong-guess-" + i);
                meter.Clock.Advance(LoginBackoff.DelayMilliseconds(i + 1));
            }

            BootedMeter restarted = BootedMeter.Boot(flash);
            Assert.AreEqual(3L, restarted.Console.Authenticator.TotalFailures);
            Assert.AreEqual("error: login locked after failed attempts; try again in 4 s\r\n", restarted.Run("login " + Secret));
            restarted.Clock.Advance(4000);
            Assert.StartsWith("logged in", restarted.Run("login " + Secret));

            BootedMeter again = BootedMeter.Boot(flash);
            Assert.AreEqual(0L, again.Console.Authenticator.ConsecutiveFailures);
            Assert.AreEqual(3L, again.Console.Authenticator.TotalFailures);
            Assert.AreEqual(1L, again.Console.Authenticator.SuccessfulLogins);
        }

        [TestMethod]
        public void ACorruptAttemptCounterLocksLoginForTheLongestBackoffInsteadOfResettingIt()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            BootedMeter meter = BootedMeter.Boot(flash);
            meter.Console.Provisioning.Provision(Secret);
            meter.Run("login wrong-guess-1");

            // Bit rot in the counter's newest record (the failure event was written after it).
            byte[] image = flash.GetImage();
            int at = -1;
            for (int i = 0; i + 24 <= image.Length; i += 4)
            {
                bool counterRecord = image[i] == (byte)(RecordKeys.ConsoleLoginAttempts & 0xFF) && image[i + 1] == (byte)(RecordKeys.ConsoleLoginAttempts >> 8) && image[i + 2] == 8 && image[i + 3] == 0;
                at = counterRecord ? i : at;
            }

            image[at + 16] ^= 0x01;
            flash.LoadImage(image);

            BootedMeter restarted = BootedMeter.Boot(flash);
            Assert.AreEqual((long)LoginBackoff.FailuresForMaxDelay, restarted.Console.Authenticator.ConsecutiveFailures);
            Assert.AreEqual((long)LoginBackoff.MaxDelayMilliseconds, restarted.Console.Authenticator.LockoutRemainingMilliseconds);
            restarted.Clock.Advance(LoginBackoff.MaxDelayMilliseconds);
            Assert.StartsWith("logged in", restarted.Run("login " + Secret));
        }

        [TestMethod]
        public void FlashShowsStoreHealth()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            meter.Console.Provisioning.Provision(Secret);
            string output = meter.Run("flash");
            Assert.Contains("sectors:      16 x 4096 B, ", output);
            Assert.Contains("bytes:        used ", output);
            Assert.Contains(", live ", output);
            Assert.Contains(", free ", output);
            Assert.Contains("erase counts: min ", output);
            Assert.Contains("records:      3 live", output); // boot count, power-up event, credential (crypto starts with the tasks)
            Assert.Contains("since mount:  4 writes (0 skipped as identical), 0 compactions", output); // the credential twice: first boot, then factory
            Assert.Contains("last mount:   clean; records 0, live 0", output);
            Assert.Contains("blank", output);
        }

        [TestMethod]
        public void StatusShowsTheConsoleTaskAndHelpListsEveryCommand()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            string status = meter.Run("status");
            Assert.Contains("uptime:   0 d 00:00:00", status);
            Assert.Contains("memory:   used unknown, free unknown", status);
            Assert.Contains(", restarts 0 in total", status);
            Assert.Contains("  console         created", status);

            string help = meter.Run("help");
            string[] names = { "help", "status", "version", "board", "meter", "events [n]", "flash", "login <secret>", "logout", "reboot" };
            for (int i = 0; i < names.Length; i++)
            {
                Assert.Contains("\r\n  " + names[i] + " ", help);
            }

            Assert.Contains("\r\n  sim input <cover|terminal|magnet|optical> <on|off>\r\n", help, "too wide for the column: a line of its own");
        }

        [TestMethod]
        public void RebootNeedsLoginAndReachesTheSystemMonitor()
        {
            BootedMeter meter = BootedMeter.Boot(new VirtualFlash(4096, 16));
            meter.Console.Provisioning.Provision(Secret);
            Assert.StartsWith("error: 'reboot' is privileged", meter.Run("reboot"));
            Assert.AreEqual(0, meter.Board.VirtualSystem.RebootRequestCount);
            meter.Run("login " + Secret);
            Assert.AreEqual("rebooting\r\n", meter.Run("reboot"));
            Assert.AreEqual(1, meter.Board.VirtualSystem.RebootRequestCount);
        }

        /// <summary>A meter booted on a flash by the composition root the entry points use (tasks not started: the test drives the shell).</summary>
        private sealed class BootedMeter
        {
            public VirtualFlash Flash;
            public MountReport Mount;
            public string BootOutput;
            public VirtualClock Clock;
            public VirtualSerialPort Port;
            public VirtualBoard Board;
            public EventLog Log;
            public MeterConsole Console;

            public static BootedMeter Boot(VirtualFlash flash)
            {
                BootedMeter m = new BootedMeter();
                m.Flash = flash;
                m.Clock = VirtualClock.Manual(new DateTime(2026, 3, 1, 12, 0, 0));
                m.Port = new VirtualSerialPort(4096, 64 * 1024);
                m.Board = new VirtualBoard(VirtualBoardDefinition.Create(), m.Clock, flash, new VirtualTrng(5), VirtualUniqueSecret.FromSeed(5), m.Port, new VirtualSerialPort(), null, new VirtualFrontEnd(MeteringScenario.Household(), 1, m.Clock));
                ConsoleOptions options = new ConsoleOptions();
                options.Echo = false;
                options.ShowPrompt = false;
                MeterApplication app = MeterApplication.Boot(m.Board, ConsoleFixture.Identity(), options, 2, Meter.Tests.Boot.RunningMeter.TestDlmsOptions());
                m.Mount = app.Mount;
                m.Log = app.Events;
                m.Console = app.Console;

                // As the composition root does once per boot before the tasks start (a no-op when it already has).
                app.Console.ProvisionAtFirstBoot(app.Mount.WasBlank);
                m.BootOutput = m.Port.TakeOutput();
                m.Console.Commands.Add(global::Meter.SerialConsole.Commands.VirtualBoardSimulation.CreateSimCommand(m.Board));
                return m;
            }

            /// <summary>The secret the first boot printed, or null.</summary>
            public string PrintedSecret()
            {
                int at = BootOutput.IndexOf("console secret: ");
                return at < 0 ? null : BootOutput.Substring(at + 16, 24);
            }

            public string Run(string line)
            {
                byte[] bytes = Hex.Ascii(line + "\r\n");
                Console.Shell.Feed(bytes, 0, bytes.Length);
                return Port.TakeOutput();
            }
        }
    }
}
