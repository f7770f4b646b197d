using System;
using Meter.Hal.Virtual;

namespace Meter.Hal.Host
{
    /// <summary>Managed-heap figures of the host process for the virtual system monitor.</summary>
    public sealed class HostMemoryProbe : IMemoryProbe
    {
        public long UsedMemoryBytes => GC.GetTotalMemory(false);

        /// <summary>What the GC may still hand out before it reports memory pressure.</summary>
        public long FreeMemoryBytes => Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false));
    }
}
