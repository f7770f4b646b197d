using System;
using Meter.Storage;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// An <see cref="IAttemptCounter"/> on a <see cref="PersistentCounter"/> of the record store.
    /// While the counter is corrupt (<see cref="PersistentCounter.IsCorrupt"/>) it fails closed:
    /// it reads as the highest count, and <see cref="Increment"/> throws, so no guess is checked.
    /// </summary>
    public sealed class PersistentAttemptCounter : IAttemptCounter
    {
        private readonly PersistentCounter _counter;

        public PersistentAttemptCounter(PersistentCounter counter)
        {
            if (counter == null)
            {
                throw new ArgumentNullException("counter");
            }

            _counter = counter;
        }

        /// <summary>The count; long.MaxValue while the stored count is corrupt, so the backoff stays at its longest.</summary>
        public long Value
        {
            get { return _counter.IsCorrupt ? long.MaxValue : _counter.Value; }
        }

        public void Increment()
        {
            _counter.Increment();
        }
    }
}
