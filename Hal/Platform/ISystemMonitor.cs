namespace Meter.Hal.Platform
{
    /// <summary>Platform facts the console reports and the reboot it can ask for.</summary>
    public interface ISystemMonitor
    {
        /// <summary>Free managed heap in bytes, or -1 where the platform cannot tell.</summary>
        long FreeMemoryBytes { get; }

        /// <summary>Managed heap in use in bytes, or -1 where the platform cannot tell.</summary>
        long UsedMemoryBytes { get; }

        /// <summary>Restarts the board (the virtual board restarts the meter application).</summary>
        void Reboot();
    }
}
