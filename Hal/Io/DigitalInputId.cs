namespace Meter.Hal.Io
{
    /// <summary>The meter's binary sensors. Active means "cover open", "field present", "port in use".</summary>
    public enum DigitalInputId
    {
        MainCover = 0,
        TerminalCover = 1,
        MagneticSensor = 2,
        OpticalPort = 3,
    }
}
