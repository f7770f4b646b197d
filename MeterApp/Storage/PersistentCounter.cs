using System;

namespace Meter.Storage
{
    /// <summary>
    /// A counter on one key of the record store that never goes backwards, across restarts and
    /// power cuts: <see cref="Increment"/> returns the new value only once it is durable, and the
    /// value in RAM only moves after the store has the new one. After a cut during an increment
    /// the counter reads either the old value or the new one, both of which are at least every
    /// value ever returned. Stored as 8 bytes, little-endian.
    /// <para>
    /// Each increment is one flash write: for per-frame counters (DLMS invocation counters) reserve
    /// blocks with <see cref="AdvanceTo"/> and count inside the block in RAM, or the flash wears out.
    /// </para>
    /// </summary>
    public sealed class PersistentCounter
    {
        private const int Size = 8;
        private readonly object _sync = new object();
        private readonly RecordStore _store;
        private readonly ushort _key;
        private readonly byte[] _buffer = new byte[Size];
        private long _value;

        /// <summary>Loads the counter from a mounted store (0 when the key has never been written).</summary>
        /// <exception cref="InvalidOperationException">The key holds something that is not a counter.</exception>
        public PersistentCounter(RecordStore store, ushort key)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
            _key = key;
            byte[] stored = new byte[store.MaxPayloadLength];
            int length = store.Read(key, stored, 0);
            if (length == -1)
            {
                _value = 0;
                return;
            }

            long value = length == Size ? LittleEndian.ReadInt64(stored, 0) : -1;
            if (value < 0)
            {
                throw new InvalidOperationException("key " + key + " does not hold a counter");
            }

            _value = value;
        }

        public ushort Key
        {
            get { return _key; }
        }

        /// <summary>The last durable value.</summary>
        public long Value
        {
            get { lock (_sync) { return _value; } }
        }

        /// <summary>Adds one and returns the new value once it is durable.</summary>
        public long Increment()
        {
            lock (_sync)
            {
                if (_value == long.MaxValue)
                {
                    throw new InvalidOperationException("counter " + _key + " is exhausted");
                }

                Store(_value + 1);
                return _value;
            }
        }

        /// <summary>
        /// Raises the counter to <paramref name="value"/> if it is higher (durably) and returns the
        /// counter's value; a lower value changes nothing.
        /// </summary>
        public long AdvanceTo(long value)
        {
            lock (_sync)
            {
                if (value > _value)
                {
                    Store(value);
                }

                return _value;
            }
        }

        private void Store(long value)
        {
            LittleEndian.WriteInt64(_buffer, 0, value);
            _store.Write(_key, _buffer, 0, Size);
            _value = value;
        }
    }
}
