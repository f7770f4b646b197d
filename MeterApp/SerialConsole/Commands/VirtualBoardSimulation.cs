using Meter.Hal.Io;
using Meter.Hal.Virtual;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// Builds the sim command for the virtual board, one simulated input per sensor. The
    /// composition calls it only when it runs on a <see cref="VirtualBoard"/>.
    /// </summary>
    public static class VirtualBoardSimulation
    {
        public static SimCommand CreateSimCommand(VirtualBoard board)
        {
            SimCommand sim = new SimCommand();
            sim.AddInput("cover", board.GetVirtualInput(DigitalInputId.MainCover).Set);
            sim.AddInput("terminal", board.GetVirtualInput(DigitalInputId.TerminalCover).Set);
            sim.AddInput("magnet", board.GetVirtualInput(DigitalInputId.MagneticSensor).Set);
            sim.AddInput("optical", board.GetVirtualInput(DigitalInputId.OpticalPort).Set);
            return sim;
        }
    }
}
