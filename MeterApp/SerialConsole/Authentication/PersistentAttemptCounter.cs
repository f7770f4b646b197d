using System;
using Meter.Storage;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>An <see cref="IAttemptCounter"/> on a <see cref="PersistentCounter"/> of the record store.</summary>
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

        public long Value
        {
            get { return _counter.Value; }
        }

        public void Increment()
        {
            _counter.Increment();
        }
    }
}
