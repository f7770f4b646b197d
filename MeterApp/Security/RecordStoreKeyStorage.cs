using Meter.Hal.Crypto.Keys;
using Meter.Storage;

namespace Meter.Security
{
    /// <summary>The key store's records in the power-safe record store, slot n at <see cref="RecordKeys.KeyMaterialFirst"/> + n.</summary>
    public sealed class RecordStoreKeyStorage : IKeyStorage
    {
        private readonly RecordStore _store;

        public RecordStoreKeyStorage(RecordStore store)
        {
            if (store == null)
            {
                throw new System.ArgumentNullException("store");
            }

            _store = store;
        }

        /// <summary>A record the store reports corrupt reads as length 0, which the key store treats as damaged (never as an empty slot to refill silently).</summary>
        public int Read(ushort slot, byte[] buffer, int offset)
        {
            ushort key = KeyOf(slot);
            if (_store.IsCorrupt(key))
            {
                return 0;
            }

            try
            {
                return _store.Read(key, buffer, offset);
            }
            catch (StoreCorruptException)
            {
                return 0;
            }
            catch (System.ArgumentException)
            {
                // Longer than any key record: not one of ours.
                return 0;
            }
        }

        public void Write(ushort slot, byte[] data, int offset, int count)
        {
            _store.Write(KeyOf(slot), data, offset, count);
        }

        private static ushort KeyOf(ushort slot)
        {
            int key = RecordKeys.KeyMaterialFirst + slot;
            if (slot > KeyStore.MaxSlot || key > RecordKeys.KeyMaterialLast)
            {
                throw new System.ArgumentOutOfRangeException("slot");
            }

            return (ushort)key;
        }
    }
}
