using Meter.Identity;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class InformationCommandTests
    {
        [TestMethod]
        public void VersionShowsNameVersionAndHash()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("version");
            Assert.AreEqual(4, lines.Length);
            Assert.AreEqual("product:  Secure Meter", lines[0]);
            Assert.AreEqual("version:  1.2.3", lines[1]);
            Assert.AreEqual("sha-256:  a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf", lines[2]);
            Assert.AreEqual("covers:   SHA-256 of test.dll", lines[3]);
        }

        [TestMethod]
        public void VersionSaysWhyAHashIsUnavailable()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            CommandTable commands = new CommandTable();
            commands.Add(new VersionCommand(SoftwareIdentity.WithoutHash("Secure Meter", "1.2.3", "no managed access to the deployment area")));
            MemorySerialPort port = new MemorySerialPort();
            ConsoleOptions options = new ConsoleOptions();
            options.Echo = false;
            options.ShowPrompt = false;
            ConsoleShell shell = new ConsoleShell(new ConsoleWriter(port), commands, console.Clock, options, null);
            byte[] line = Support.Hex.Ascii("version\r");
            shell.Feed(line, 0, line.Length);
            Assert.Contains("sha-256:  unavailable (no managed access to the deployment area)\r\n", port.TakeOutput());
        }

        [TestMethod]
        public void BoardShowsTheDefinition()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string output = console.Run("board");
            Assert.Contains("board:          test-board\r\n", output);
            Assert.Contains("nanoff target:  TEST_TARGET\r\n", output);
            Assert.Contains("console:        COM9 115200 baud, tx pin 17, rx none\r\n", output);
            Assert.Contains("dlms port:      none\r\n", output);
            Assert.Contains("main cover pin 4, terminal cover pin 5, magnetic none, optical port pin 7 (active low)", output);
            Assert.Contains("pulse output:   pin 2, 30 ms\r\n", output);
            Assert.Contains("flash:          16 sectors x 4096 bytes = 65536 bytes, image I:\\meter.nor\r\n", output);
            Assert.Contains("crypto:         aes-native, hardware-trng\r\n", output);
        }

        [TestMethod]
        public void OutputNeverCarriesControlCharacters()
        {
            MemorySerialPort port = new MemorySerialPort();
            ConsoleWriter writer = new ConsoleWriter(port);
            writer.WriteLine("evil\x1b[2Jdetails\x07\u00e9");
            Assert.AreEqual("evil?[2Jdetails??\r\n", port.TakeOutput());
        }
    }
}
