using System;
using Meter.Storage;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>An <see cref="IRecordSlot"/> on one key of the <see cref="RecordStore"/>.</summary>
    public sealed class RecordStoreSlot : IRecordSlot
    {
        private readonly object _sync = new object();
        private readonly RecordStore _store;
        private readonly ushort _key;
        private readonly byte[] _scratch;

        public RecordStoreSlot(RecordStore store, ushort key)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
            _key = key;
            _scratch = new byte[store.MaxPayloadLength];
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                int length;
                try
                {
                    length = _store.Read(_key, _scratch, 0);
                }
                catch (StoreCorruptException)
                {
                    // Unusable, as the interface defines it: the caller treats the record as damaged.
                    return int.MaxValue;
                }

                if (length < 0)
                {
                    return -1;
                }

                Array.Copy(_scratch, 0, buffer, offset, length < count ? length : count);
                Array.Clear(_scratch, 0, length);
                return length;
            }
        }

        public void Write(byte[] data, int offset, int count)
        {
            _store.Write(_key, data, offset, count);
        }
    }
}
