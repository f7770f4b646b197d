using System;
using Meter.Storage;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// A peer's invocation counter under one key, remembered in the record store (Green Book ed. 9,
    /// 9.2.7.2.4.2: a counter not greater than the last accepted one is refused), so a replayed or
    /// older APDU is refused across restarts and power cuts too. It stores the lowest acceptable
    /// counter (last accepted + 1) in a <see cref="PersistentCounter"/> (<see cref="CounterEpoch"/>
    /// layout), and <see cref="Accept"/> returns only once that is durable: the request is
    /// processed and answered after it, so an APDU that was acted on can never be accepted again.
    /// A power cut inside <see cref="Accept"/> keeps the old value or the new one; with the old
    /// one the interrupted APDU may come again, but it was never acted on.
    /// <para>
    /// Flash wear: one record write (24 bytes) per accepted ciphered request. A meter serves a
    /// few thousand such requests a day at most; at 10,000 a day and ~170 records per 4 KiB sector
    /// that is about 60 sector erases a day, spread by the record store's ring over all its
    /// sectors, decades within NOR endurance (10^5 cycles a sector). A reserved block, as
    /// <see cref="SendingInvocationCounter"/> uses, would instead make the head-end skip ahead
    /// after every meter restart.
    /// </para>
    /// <para>
    /// Fails closed: if the stored value is corrupt nothing is fresh until
    /// <see cref="ResetForNewKey"/>; if the store cannot write, <see cref="Accept"/> throws and
    /// the counter stays where it was. Thread-safe.
    /// </para>
    /// </summary>
    public sealed class PersistentInvocationCounterGuard : IInvocationCounterGuard
    {
        private readonly object _sync = new object();
        private readonly PersistentCounter _counter;

        /// <summary>Loads the guard stored at <paramref name="key"/> (see <see cref="InvocationCounterKeys"/>); one guard per key and store.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The key is not in the DLMS invocation-counter range.</exception>
        /// <exception cref="InvalidOperationException">The key holds something else, or another counter owns it.</exception>
        public PersistentInvocationCounterGuard(RecordStore store, ushort key)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (!InvocationCounterKeys.IsCounterKey(key))
            {
                throw new ArgumentOutOfRangeException("key");
            }

            _counter = new PersistentCounter(store, key);
        }

        /// <summary>The record store key.</summary>
        public ushort Key
        {
            get { return _counter.Key; }
        }

        /// <summary>The stored counter was found corrupt: nothing is fresh until <see cref="ResetForNewKey"/>.</summary>
        public bool IsCorrupt
        {
            get { return _counter.IsCorrupt; }
        }

        /// <inheritdoc/>
        public bool IsFresh(uint invocationCounter)
        {
            lock (_sync)
            {
                return !_counter.IsCorrupt && invocationCounter >= Lowest();
            }
        }

        /// <summary>
        /// Durably records <paramref name="invocationCounter"/> as the last accepted one before
        /// returning. Throws <see cref="InvalidOperationException"/> if it is not fresh (two
        /// requests with one counter raced past <see cref="IsFresh"/>: the second must not be
        /// acted on), and the store's exception if the value cannot be made durable; either way
        /// the request must fail.
        /// </summary>
        public void Accept(uint invocationCounter)
        {
            lock (_sync)
            {
                if (_counter.IsCorrupt || invocationCounter < Lowest())
                {
                    throw new InvalidOperationException("invocation counter " + invocationCounter.ToString() + " is not fresh under key " + _counter.Key.ToString());
                }

                _counter.AdvanceTo(CounterEpoch.At(_counter.Value, (long)invocationCounter + 1));
            }
        }

        /// <inheritdoc/>
        public uint LowestAcceptable
        {
            get
            {
                lock (_sync)
                {
                    long lowest = _counter.IsCorrupt ? CounterEpoch.PositionLimit : Lowest();
                    return lowest >= CounterEpoch.PositionLimit ? uint.MaxValue : (uint)lowest;
                }
            }
        }

        /// <summary>
        /// Starts over for a new key (security setup global_key_transfer): every counter is fresh
        /// again, durably. Call it after the new key is stored, never before: a cut in between
        /// then leaves the new key with the old, higher floor (the peer is told the lowest
        /// acceptable value), never the old key with a floor of 0. Also the recovery of a corrupt
        /// guard.
        /// </summary>
        public void ResetForNewKey()
        {
            lock (_sync)
            {
                _counter.AdvanceTo(CounterEpoch.NextEpoch(_counter.IsCorrupt ? 0 : _counter.Value));
            }
        }

        private long Lowest()
        {
            return CounterEpoch.PositionOf(_counter.Value);
        }
    }
}
