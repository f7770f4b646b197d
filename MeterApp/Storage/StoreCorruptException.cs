using System;

namespace Meter.Storage
{
    /// <summary>
    /// The newest record of a key fails its CRC: bit rot found at mount (<see cref="RecordStore.IsCorrupt"/>)
    /// or a change of the flash since. The caller must not treat the key as absent or fall back
    /// to an older value: for a counter that would mean going backwards. Writing the key again
    /// replaces the damaged record.
    /// </summary>
    public sealed class StoreCorruptException : Exception
    {
        public StoreCorruptException(string message)
            : base(message)
        {
        }
    }
}
