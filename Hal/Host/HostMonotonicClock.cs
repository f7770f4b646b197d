using System.Diagnostics;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Hal.Host
{
    /// <summary>The PC's monotonic clock (Stopwatch): the real-time base of the host's scaled virtual clock, immune to NTP steps.</summary>
    public sealed class HostMonotonicClock : IMonotonicClock
    {
        private readonly Stopwatch _sinceStart = Stopwatch.StartNew();

        public long UptimeMilliseconds => _sinceStart.ElapsedMilliseconds;

        public void Sleep(int milliseconds) => Thread.Sleep(milliseconds);
    }
}
