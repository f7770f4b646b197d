using System;
using Meter.Dlms.Security;

namespace Meter.Dlms.Server
{
    /// <summary>The server's sending counter backed by the record store (block-reserved, never reused across restarts).</summary>
    public sealed class PersistentInvocationCounterSource : IInvocationCounterSource
    {
        private readonly SendingInvocationCounter _counter;

        /// <summary>Hands out the values of <paramref name="counter"/>.</summary>
        public PersistentInvocationCounterSource(SendingInvocationCounter counter)
        {
            if (counter == null)
            {
                throw new ArgumentNullException("counter");
            }

            _counter = counter;
        }

        /// <inheritdoc />
        public uint Next()
        {
            uint value;
            if (!_counter.TryNext(out value))
            {
                throw new InvalidOperationException("invocation counter exhausted or corrupt: the key must change");
            }

            return value;
        }
    }
}
