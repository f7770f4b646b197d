using System;
using Meter.Hal.Board;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualBoardTests
    {
        [TestMethod]
        public void TheDlmsPortIsTheLineGivenApartFromTheConsole()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 6, 1, 0, 0, 0));
            VirtualSerialPort console = new VirtualSerialPort();
            VirtualSerialPort dlms = new VirtualSerialPort();
            VirtualBoard board = new VirtualBoard(VirtualBoardDefinition.Create(), clock, null, null, null, console, dlms, null, new VirtualFrontEnd(new MeteringScenario(), 1, clock));
            Assert.AreSame(dlms, board.DlmsPort);
            Assert.AreSame(console, board.ConsolePort);
            Assert.AreEqual("VCOM2", board.Definition.DlmsPortName);
        }

        [TestMethod]
        public void ABoardWithoutADlmsLineIsRefused()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 6, 1, 0, 0, 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new VirtualBoard(VirtualBoardDefinition.Create(), clock, null, null, null,
                new VirtualSerialPort(), null, null, new VirtualFrontEnd(new MeteringScenario(), 1, clock)));
        }
    }
}
