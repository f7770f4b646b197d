using System;

namespace Meter.Hal.Clock
{
    /// <summary>Calendar time (UTC) for timestamps. It can be set, so never measure intervals with it.</summary>
    public interface IRealTimeClock
    {
        DateTime UtcNow { get; }

        void SetUtcNow(DateTime utc);
    }
}
