using Meter.Hal.Platform;
using nanoFramework.Runtime.Native;

namespace Meter.Hal.Device
{
    /// <summary>
    /// Platform facts on a device. nanoFramework reports free heap only as the result of a
    /// collection (nanoFramework.Runtime.Native.GC.Run), so reading
    /// <see cref="FreeMemoryBytes"/> runs a non-compacting GC: the console asks rarely. Heap in
    /// use is not exposed by the runtime, so <see cref="UsedMemoryBytes"/> is -1.
    /// </summary>
    public sealed class DeviceSystemMonitor : ISystemMonitor
    {
        public long FreeMemoryBytes
        {
            get { return nanoFramework.Runtime.Native.GC.Run(false); }
        }

        public long UsedMemoryBytes
        {
            get { return -1; }
        }

        /// <summary>Resets the board (after nanoFramework's OnRebootEvent handlers); does not return.</summary>
        public void Reboot()
        {
            Power.RebootDevice();
        }
    }
}
