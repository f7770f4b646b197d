using System;
using Meter.Storage;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// The meter's own invocation counter under one key: every APDU it protects takes a value never
    /// used before with that key (Green Book ed. 9, 9.2.7.2.4.2; the GCM IV is system title ||
    /// counter, and a repeated IV under one key breaks GCM). Values are reserved a block at a time:
    /// the store holds a ceiling (<see cref="CounterEpoch"/> layout) that is made durable before
    /// any value below it is handed out, values below it are counted in RAM, and after a restart
    /// counting resumes at the ceiling. A restart therefore skips at most one block; a power cut
    /// during a reservation leaves the old ceiling (nothing above it was handed out) or the new one.
    /// One flash write per <see cref="BlockSize"/> APDUs. Thread-safe.
    /// <para>
    /// If the stored ceiling is corrupt, no value below anything it may have held is known to be
    /// unused: <see cref="TryNext"/> refuses until <see cref="ResetForNewKey"/>, as it does once
    /// the counter is exhausted (the key must change).
    /// </para>
    /// </summary>
    public sealed class SendingInvocationCounter
    {
        /// <summary>A block for a meter's request rate: one write per 1024 responses, at most 1024 values skipped per restart.</summary>
        public const int DefaultBlockSize = 1024;

        private readonly object _sync = new object();
        private readonly PersistentCounter _counter;
        private readonly int _blockSize;
        private long _next;

        /// <summary>Loads the counter stored at <paramref name="key"/> (see <see cref="InvocationCounterKeys"/>), reserving <paramref name="blockSize"/> values a write.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The key is not in the DLMS invocation-counter range, or the block size is not 1 to 2^20.</exception>
        /// <exception cref="InvalidOperationException">The key holds something else, or another counter owns it.</exception>
        public SendingInvocationCounter(RecordStore store, ushort key, int blockSize)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (!InvocationCounterKeys.IsCounterKey(key))
            {
                throw new ArgumentOutOfRangeException("key");
            }

            if (blockSize < 1 || blockSize > 0x100000)
            {
                throw new ArgumentOutOfRangeException("blockSize");
            }

            _blockSize = blockSize;
            _counter = new PersistentCounter(store, key);
            if (!_counter.IsCorrupt)
            {
                _next = CounterEpoch.PositionOf(_counter.Value);
            }
        }

        /// <summary>The record store key.</summary>
        public ushort Key
        {
            get { return _counter.Key; }
        }

        public int BlockSize
        {
            get { return _blockSize; }
        }

        /// <summary>The stored ceiling was found corrupt: nothing is sent under this key until <see cref="ResetForNewKey"/>.</summary>
        public bool IsCorrupt
        {
            get { return _counter.IsCorrupt; }
        }

        /// <summary>
        /// The value <see cref="TryNext"/> will hand out next (the invocation-counter object's
        /// value, 0.0.43.1.x.255); uint.MaxValue when none is left or it is unknown.
        /// </summary>
        public uint NextValue
        {
            get
            {
                lock (_sync)
                {
                    return _counter.IsCorrupt || _next >= CounterEpoch.PositionLimit ? uint.MaxValue : (uint)_next;
                }
            }
        }

        /// <summary>
        /// Takes the next unused value, reserving a new block first (one durable write) when the
        /// reserved ones are used up. False, taking nothing, once the counter is exhausted or its
        /// stored value corrupt: the key must change. The store's exception if a reservation
        /// cannot be written (nothing taken).
        /// </summary>
        public bool TryNext(out uint value)
        {
            lock (_sync)
            {
                value = 0;
                if (_counter.IsCorrupt || _next >= CounterEpoch.PositionLimit)
                {
                    return false;
                }

                long stored = _counter.Value;
                if (_next >= CounterEpoch.PositionOf(stored))
                {
                    long ceiling = _next + _blockSize;
                    _counter.AdvanceTo(CounterEpoch.At(stored, ceiling < CounterEpoch.PositionLimit ? ceiling : CounterEpoch.PositionLimit));
                }

                value = (uint)_next;
                _next++;
                return true;
            }
        }

        /// <summary>
        /// Starts over at 0 for a new key (security setup global_key_transfer), durably. Call it
        /// after the new key is stored, never before: a cut in between then leaves the new key
        /// counting on from the old value (harmless), never the old key counting from 0 again
        /// (a repeated IV). Also the recovery of a corrupt counter.
        /// </summary>
        public void ResetForNewKey()
        {
            lock (_sync)
            {
                _counter.AdvanceTo(CounterEpoch.NextEpoch(_counter.IsCorrupt ? 0 : _counter.Value));
                _next = 0;
            }
        }
    }
}
