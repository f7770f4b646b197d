using System;

namespace Meter.Hal.Storage
{
    /// <summary>
    /// The flash's backing store does not match the board's layout, or was lost: the boot
    /// stops here and reports the message instead of running on a store that would silently
    /// grow, shrink or start blank (and so reset the meter's counters).
    /// </summary>
    public sealed class FlashLayoutException : Exception
    {
        public FlashLayoutException(string message)
            : base(message)
        {
        }
    }
}
