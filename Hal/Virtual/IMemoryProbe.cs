namespace Meter.Hal.Virtual
{
    /// <summary>Where the virtual system monitor learns heap figures; the host program supplies one.</summary>
    public interface IMemoryProbe
    {
        /// <summary>Free managed heap in bytes, or -1 when unknown.</summary>
        long FreeMemoryBytes { get; }

        /// <summary>Managed heap in use in bytes, or -1 when unknown.</summary>
        long UsedMemoryBytes { get; }
    }
}
