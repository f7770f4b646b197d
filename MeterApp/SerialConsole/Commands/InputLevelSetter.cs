namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// Sets a simulated sensor's settled level and returns true when it changed
    /// (Meter.Hal.Virtual.VirtualDigitalInput.Set has this shape).
    /// </summary>
    public delegate bool InputLevelSetter(bool active);
}
