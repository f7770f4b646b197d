using System;

namespace Meter.Storage
{
    /// <summary>
    /// The store refused a write because it is read-only: mount found a sector of an unknown
    /// (newer) format version (<see cref="MountReport.RefusedUnknownVersion"/>), as after a
    /// firmware downgrade. Nothing was written; the flash is left as the newer firmware wrote it.
    /// </summary>
    public sealed class StoreReadOnlyException : Exception
    {
        public StoreReadOnlyException(string message)
            : base(message)
        {
        }
    }
}
