using Meter.Hal.Clock;

namespace Meter.Tests.Dlms
{
    /// <summary>A monotonic clock that moves only when a test (or a simulated wait) moves it.</summary>
    public sealed class ManualClock : IMonotonicClock
    {
        public long UptimeMilliseconds { get; private set; }

        public void Sleep(int milliseconds)
        {
            Advance(milliseconds);
        }

        public void Advance(int milliseconds)
        {
            if (milliseconds > 0)
            {
                UptimeMilliseconds += milliseconds;
            }
        }
    }
}
