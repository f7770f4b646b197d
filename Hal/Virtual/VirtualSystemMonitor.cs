using System;
using System.Threading;
using Meter.Hal.Platform;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The virtual board's platform facts. Memory figures come from an optional
    /// <see cref="IMemoryProbe"/> (-1 without one, as the interface allows). A reboot cannot
    /// restart a process from inside, so <see cref="Reboot"/> counts the request and raises
    /// <see cref="RebootRequested"/>; the host program handles it by restarting the meter
    /// application, and the call returns to the caller.
    /// </summary>
    public sealed class VirtualSystemMonitor : ISystemMonitor
    {
        private readonly IMemoryProbe _probe;
        private int _rebootRequests;

        public VirtualSystemMonitor()
            : this(null)
        {
        }

        public VirtualSystemMonitor(IMemoryProbe probe)
        {
            _probe = probe;
        }

        /// <summary>Raised on the caller's thread for every <see cref="Reboot"/>.</summary>
        public event EventHandler RebootRequested;

        public long FreeMemoryBytes
        {
            get { return _probe == null ? -1 : _probe.FreeMemoryBytes; }
        }

        public long UsedMemoryBytes
        {
            get { return _probe == null ? -1 : _probe.UsedMemoryBytes; }
        }

        public int RebootRequestCount
        {
            get { return Interlocked.CompareExchange(ref _rebootRequests, 0, 0); }
        }

        public void Reboot()
        {
            Interlocked.Increment(ref _rebootRequests);
            EventHandler handler = RebootRequested;
            if (handler != null)
            {
                handler(this, EventArgs.Empty);
            }
        }
    }
}
