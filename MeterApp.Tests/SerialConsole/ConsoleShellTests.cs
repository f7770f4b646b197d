using System;
using Meter.SerialConsole;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class ConsoleShellTests
    {
        [TestMethod]
        public void HelpListsEveryCommandAndMarksPrivilegedOnes()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("help");
            Assert.AreEqual(console.Commands.Count + 1, lines.Length);
            string all = console.Run("help");
            string[] names = { "help", "version", "board", "login <secret>", "logout", "reboot" };
            for (int i = 0; i < names.Length; i++)
            {
                Assert.Contains("  " + names[i] + " ", all);
            }

            Assert.IsTrue(Line(lines, "  reboot ").IndexOf("* ") > 0, "reboot is marked privileged");
            Assert.AreEqual(-1, Line(lines, "  help ").IndexOf("* "), "help is not");
        }

        [TestMethod]
        public void CommandNamesAreCaseInsensitive()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            Assert.StartsWith("product:", console.Run("VeRsIoN"));
        }

        [TestMethod]
        public void UnknownCommandGivesExactlyOneErrorLine()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("frobnicate now");
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("error: unknown command 'frobnicate' (try help)", lines[0]);
            Assert.AreEqual(1, console.Shell.Statistics.UnknownCommands);
        }

        [TestMethod]
        public void EmptyAndBlankLinesPrintNothing()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            Assert.AreEqual(string.Empty, console.Run(string.Empty));
            Assert.AreEqual(string.Empty, console.Run("    "));
        }

        [TestMethod]
        public void OverlongLineGivesOneErrorAndTheBufferDoesNotGrow()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            int capacity = console.Shell.Reader.Capacity;
            byte[] flood = new byte[10 * 1024];
            for (int i = 0; i < flood.Length; i++)
            {
                flood[i] = (byte)'x';
            }

            console.Shell.Feed(flood, 0, flood.Length);
            Assert.AreEqual(string.Empty, console.Port.TakeOutput(), "nothing until the line ends");
            string[] lines = console.RunLines(string.Empty);
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("error: line too long (max 128 bytes)", lines[0]);
            Assert.AreEqual(capacity, console.Shell.Reader.Capacity);
            Assert.StartsWith("product:", console.Run("version"));
        }

        [TestMethod]
        public void TooManyWordsGiveOneError()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("help 1 2 3 4 5 6 7 8");
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("error: too many words (max 8)", lines[0]);
        }

        [TestMethod]
        public void RandomBinaryGarbageOnlyProducesErrorLines()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            int capacity = console.Shell.Reader.Capacity;
            Random random = new Random(20260301);
            byte[] chunk = new byte[1024];
            int errorsBefore = console.Writer.ErrorLines;
            for (int i = 0; i < 100; i++)
            {
                random.NextBytes(chunk);
                console.Shell.Feed(chunk, 0, chunk.Length);
            }

            console.Run(string.Empty);
            string[] lines = ConsoleFixture.Lines(console.Port.TakeOutput());
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.StartsWith("error: ", lines[i], "line " + i);
            }

            Assert.AreEqual(capacity, console.Shell.Reader.Capacity);
            Assert.IsTrue(console.Writer.ErrorLines > errorsBefore, "garbage lines were reported");
            Assert.AreEqual(0, console.Shell.Statistics.CommandFaults);
            Assert.StartsWith("product:", console.Run("version"));
        }

        [TestMethod]
        public void AnExceptionInACommandIsCaughtReportedOnceAndCounted()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Commands.Add(new ThrowingCommand());
            string[] lines = console.RunLines("crash");
            Assert.AreEqual(2, lines.Length);
            Assert.AreEqual("partial", lines[0]);
            Assert.AreEqual("error: 'crash' failed: System.InvalidOperationException", lines[1]);
            Assert.AreEqual(1, console.Shell.Statistics.CommandFaults);
            Assert.StartsWith("product:", console.Run("version"));
        }

        [TestMethod]
        public void PrivilegedCommandIsRefusedBeforeLoginAndAllowedAfter()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("reboot");
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("error: 'reboot' is privileged: login first", lines[0]);
            Assert.AreEqual(0, console.SystemMonitor.RebootRequests);
            Assert.AreEqual(1, console.Shell.Statistics.PrivilegedRefusals);

            Assert.StartsWith("logged in", console.Run("login " + ConsoleFixture.Secret));
            Assert.AreEqual("rebooting\r\n", console.Run("reboot"));
            Assert.AreEqual(1, console.SystemMonitor.RebootRequests);

            Assert.AreEqual("logged out\r\n", console.Run("logout"));
            Assert.StartsWith("error: ", console.Run("reboot"));
            Assert.AreEqual(1, console.SystemMonitor.RebootRequests);
        }

        [TestMethod]
        public void AnIdleSessionIsLoggedOut()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Run("login " + ConsoleFixture.Secret);
            console.Clock.Advance(4 * 60 * 1000);
            console.Shell.Poll();
            Assert.IsTrue(console.Shell.Session.IsAuthenticated, "4 minutes idle is within the timeout");
            console.Run("version");
            console.Clock.Advance(5 * 60 * 1000);
            console.Shell.Poll();
            Assert.IsFalse(console.Shell.Session.IsAuthenticated);
            Assert.AreEqual("session logged out after 300 s idle\r\n", console.Port.TakeOutput());
            Assert.StartsWith("error: ", console.Run("reboot"));
        }

        [TestMethod]
        public void AnIdleSessionIsAlsoLoggedOutWhenTheNextLineArrives()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Run("login " + ConsoleFixture.Secret);
            console.Clock.Advance(5 * 60 * 1000);
            string[] lines = console.RunLines("reboot");
            Assert.AreEqual("session logged out after 300 s idle", lines[0]);
            Assert.AreEqual("error: 'reboot' is privileged: login first", lines[1]);
            Assert.AreEqual(0, console.SystemMonitor.RebootRequests);
        }

        [TestMethod]
        public void PromptShowsWhetherTheSessionIsPrivileged()
        {
            MemorySerialPort port = new MemorySerialPort();
            CommandTable commands = new CommandTable();
            ConsoleFixture fixture = ConsoleFixture.Create();
            ConsoleShell shell = new ConsoleShell(new ConsoleWriter(port), commands, fixture.Clock, new ConsoleOptions(), "login");
            shell.Start();
            Assert.AreEqual("meter> ", port.TakeOutput());
            shell.Session.Authenticate(0);
            shell.Feed(new byte[] { (byte)'\r' }, 0, 1);
            Assert.AreEqual("\r\nmeter# ", port.TakeOutput());
        }

        [TestMethod]
        public void CommandTableRejectsBadAndDuplicateNames()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            Assert.ThrowsException(typeof(ArgumentException), () => console.Commands.Add(new Meter.SerialConsole.Commands.LogoutCommand()));
            Assert.IsNull(console.Commands.Find("no-such"));
            Assert.IsNotNull(console.Commands.Find("HELP"));
        }

        private static string Line(string[] lines, string prefix)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(prefix))
                {
                    return lines[i];
                }
            }

            Assert.IsTrue(false, "no line starts with '" + prefix + "'");
            return null;
        }
    }
}
