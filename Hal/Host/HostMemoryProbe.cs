using System;
using Meter.Hal.Virtual;

namespace Meter.Hal.Host
{
    /// <summary>Managed-heap figures of the host process for the virtual system monitor.</summary>
    public sealed class HostMemoryProbe : IMemoryProbe
    {
        public long UsedMemoryBytes => GC.GetTotalMemory(false);

        /// <summary>
        /// What the GC may still hand out before it reports memory pressure, or -1 when unknown:
        /// the GC learns its limit at its first collection (before that the figure is 0), and a
        /// heap already past the limit gives no meaningful free figure either.
        /// </summary>
        public long FreeMemoryBytes
        {
            get
            {
                long limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
                long free = limit - GC.GetTotalMemory(false);
                return limit > 0 && free >= 0 ? free : -1;
            }
        }
    }
}
