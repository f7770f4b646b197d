using System;
using Meter.Hal.Board;
using Meter.Hal.Io;
using Meter.Hal.Virtual;
using Meter.SerialConsole.Commands;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class SimCommandTests
    {
        [TestMethod]
        public void SimInputDrivesTheRegisteredSetter()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            FakeInput cover = new FakeInput();
            FakeInput magnet = new FakeInput();
            SimCommand sim = new SimCommand();
            sim.AddInput("cover", cover.Set);
            sim.AddInput("magnet", magnet.Set);
            console.Commands.Add(sim);

            Assert.AreEqual("cover: on\r\n", console.Run("sim input cover on"));
            Assert.IsTrue(cover.Active);
            Assert.AreEqual("cover: on (unchanged)\r\n", console.Run("SIM INPUT COVER ON"));
            Assert.AreEqual("magnet: off (unchanged)\r\n", console.Run("sim input magnet off"));
            Assert.AreEqual("cover: off\r\n", console.Run("sim input cover off"));
            Assert.IsFalse(cover.Active);
            Assert.Contains("sim input <cover|magnet> <on|off>", console.Run("help"));
        }

        [TestMethod]
        public void HelpGivesTheLongSimSyntaxALineOfItsOwnAndKeepsTheHelpColumn()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 1, 1, 0, 0, 0));
            VirtualBoard board = new VirtualBoard(VirtualBoardDefinition.Create(), clock, null, null, null, console.Port, new VirtualSerialPort(), null, new VirtualFrontEnd(new MeteringScenario(), 1, clock));
            console.Commands.Add(VirtualBoardSimulation.CreateSimCommand(board));
            string[] lines = console.RunLines("help");
            int helpColumn = 2 + HelpCommand.SyntaxWidth + 2;
            Assert.AreEqual(console.Commands.Count + 2, lines.Length, "a header, one line per command, one more for sim");
            Assert.AreEqual("  version         " + "  software identification (name, version, SHA-256)", lines[2]);
            Assert.AreEqual("  reboot          " + "* restart the meter", lines[6]);
            Assert.AreEqual("  sim input <cover|terminal|magnet|optical> <on|off>", lines[7]);
            Assert.AreEqual(new string(' ', helpColumn) + "drive a simulated input (virtual board)", lines[8]);
            for (int i = 1; i < lines.Length; i++)
            {
                Assert.IsTrue(lines[i].Length <= 80, "line " + i + " fits 80 columns");
                if (i != 7)
                {
                    Assert.AreEqual(' ', lines[i][helpColumn - 1], "line " + i);
                    Assert.AreNotEqual(' ', lines[i][helpColumn], "help starts in one column, line " + i);
                }
            }
        }

        [TestMethod]
        [DataRow("sim")]
        [DataRow("sim input")]
        [DataRow("sim input lid on")]
        [DataRow("sim input cover maybe")]
        [DataRow("sim output cover on")]
        public void BadSimArgumentsGiveOneUsageError(string line)
        {
            ConsoleFixture console = ConsoleFixture.Create();
            SimCommand sim = new SimCommand();
            sim.AddInput("cover", new FakeInput().Set);
            console.Commands.Add(sim);
            Assert.AreEqual("error: usage: sim input <cover> <on|off>\r\n", console.Run(line));
        }

        [TestMethod]
        public void OnTheVirtualBoardSimDrivesItsInputs()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 1, 1, 0, 0, 0));
            VirtualBoard board = new VirtualBoard(VirtualBoardDefinition.Create(), clock, null, null, null, console.Port, new VirtualSerialPort(), null, new VirtualFrontEnd(new MeteringScenario(), 1, clock));
            console.Commands.Add(VirtualBoardSimulation.CreateSimCommand(board));
            Assert.AreEqual("magnet: on\r\n", console.Run("sim input magnet on"));
            Assert.IsTrue(board.GetInput(DigitalInputId.MagneticSensor).IsActive);
            Assert.IsFalse(board.GetInput(DigitalInputId.MainCover).IsActive);
            Assert.AreEqual("optical: on\r\n", console.Run("sim input optical on"));
            Assert.AreEqual("terminal: on\r\n", console.Run("sim input terminal on"));
            Assert.AreEqual("cover: on\r\n", console.Run("sim input cover on"));
            Assert.IsTrue(board.GetInput(DigitalInputId.MainCover).IsActive);
        }

        private sealed class FakeInput
        {
            public bool Active { get; private set; }

            public bool Set(bool active)
            {
                bool changed = Active != active;
                Active = active;
                return changed;
            }
        }
    }
}
