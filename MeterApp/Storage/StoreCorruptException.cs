using System;

namespace Meter.Storage
{
    /// <summary>
    /// The newest record of a key no longer passes its CRC (the flash changed since mount). The
    /// caller must not treat the key as absent: for a counter that would mean starting again from 0.
    /// </summary>
    public sealed class StoreCorruptException : Exception
    {
        public StoreCorruptException(string message)
            : base(message)
        {
        }
    }
}
