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
            VirtualBoard board = new VirtualBoard(VirtualBoardDefinition.Create(), clock, null, null, console.Port, null);
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
