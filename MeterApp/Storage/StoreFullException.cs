using System;

namespace Meter.Storage
{
    /// <summary>
    /// The live data plus the new record cannot fit in the store, even after compacting every
    /// sector. Nothing was written. Thrown before any flash operation, so the store stays usable.
    /// </summary>
    public sealed class StoreFullException : Exception
    {
        public StoreFullException(string message)
            : base(message)
        {
        }
    }
}
