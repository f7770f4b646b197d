namespace Meter.Hal.Io
{
    public delegate void DigitalInputChangedHandler(IDigitalInput input, bool active);

    /// <summary>A debounced binary sensor (cover switch, magnetic sensor, optical-port activity).</summary>
    public interface IDigitalInput
    {
        DigitalInputId Id { get; }

        bool IsActive { get; }

        /// <summary>Raised on the driver's thread after each debounced change: keep handlers short.</summary>
        event DigitalInputChangedHandler Changed;
    }
}
