namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// Where the key store keeps its wrapped records: the application's power-safe record store.
    /// A write replaces the slot's record whole or not at all.
    /// </summary>
    public interface IKeyStorage
    {
        /// <summary>Copies the slot's record into <paramref name="buffer"/> and returns its length, or -1 if the slot has no readable record.</summary>
        int Read(ushort slot, byte[] buffer, int offset);

        void Write(ushort slot, byte[] data, int offset, int count);
    }
}
