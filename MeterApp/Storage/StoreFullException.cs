using System;

namespace Meter.Storage
{
    /// <summary>
    /// The live data plus the new record cannot fit in the store. Nothing of the new record was
    /// written and every key keeps its value. Usually thrown before any flash operation; when
    /// the store only finds out while making room, compactions may already have run (they move
    /// records without changing any value), and the store stays usable either way.
    /// </summary>
    public sealed class StoreFullException : Exception
    {
        public StoreFullException(string message)
            : base(message)
        {
        }
    }
}
