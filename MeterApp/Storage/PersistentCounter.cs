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
    /// <para>
    /// One counter per key and store: a second counter on the same key would count from its own
    /// copy and could write a lower value, so the store refuses it. If the key's newest record is
    /// corrupt (<see cref="RecordStore.IsCorrupt"/>) the counter does not load it and does not fall
    /// back to an older value: <see cref="IsCorrupt"/> is true, <see cref="Value"/> and
    /// <see cref="Increment"/> throw <see cref="StoreCorruptException"/>, until the application
    /// decides how far to jump ahead and says so with <see cref="AdvanceTo"/>.
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
        private bool _corrupt;

        /// <summary>Loads the counter from a mounted store (0 when the key has never been written).</summary>
        /// <exception cref="InvalidOperationException">The key holds something that is not a counter, or another counter on this store already owns it.</exception>
        public PersistentCounter(RecordStore store, ushort key)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
            _key = key;
            if (store.IsCorrupt(key))
            {
                _corrupt = true;
            }
            else
            {
                _value = Load(store, key);
            }

            store.Claim(key, 1, "counter");
        }

        public ushort Key
        {
            get { return _key; }
        }

        /// <summary>The stored value was found corrupt and is unknown until <see cref="AdvanceTo"/> sets one.</summary>
        public bool IsCorrupt
        {
            get { lock (_sync) { return _corrupt; } }
        }

        /// <summary>The last durable value.</summary>
        /// <exception cref="StoreCorruptException">The value is unknown (<see cref="IsCorrupt"/>).</exception>
        public long Value
        {
            get
            {
                lock (_sync)
                {
                    ThrowIfCorrupt();
                    return _value;
                }
            }
        }

        /// <summary>Adds one and returns the new value once it is durable.</summary>
        /// <exception cref="StoreCorruptException">The value is unknown (<see cref="IsCorrupt"/>).</exception>
        public long Increment()
        {
            lock (_sync)
            {
                ThrowIfCorrupt();
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
        /// counter's value; a lower value changes nothing. On a corrupt counter this is the
        /// explicit recovery: it stores <paramref name="value"/>, which the caller must choose
        /// beyond any value the lost record could have held.
        /// </summary>
        public long AdvanceTo(long value)
        {
            lock (_sync)
            {
                if (_corrupt)
                {
                    if (value < 0)
                    {
                        throw new ArgumentOutOfRangeException("value");
                    }

                    Store(value);
                    _corrupt = false;
                }
                else if (value > _value)
                {
                    Store(value);
                }

                return _value;
            }
        }

        private static long Load(RecordStore store, ushort key)
        {
            byte[] stored = new byte[store.MaxPayloadLength];
            int length = store.Read(key, stored, 0);
            if (length == -1)
            {
                return 0;
            }

            long value = length == Size ? LittleEndian.ReadInt64(stored, 0) : -1;
            if (value < 0)
            {
                throw new InvalidOperationException("key " + key + " does not hold a counter");
            }

            return value;
        }

        private void ThrowIfCorrupt()
        {
            if (_corrupt)
            {
                throw new StoreCorruptException("counter " + _key + " was found corrupt: its value is unknown until AdvanceTo sets one");
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
