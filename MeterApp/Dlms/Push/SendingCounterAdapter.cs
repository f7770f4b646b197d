using System;
using Meter.Dlms.Security;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Pushes draw from the meter's own <see cref="SendingInvocationCounter"/> under the global
    /// unicast key (<see cref="DlmsInvocationCounters.OwnUnicast"/>), the same counter its
    /// responses use, so no value is ever used twice under that key.
    /// </summary>
    public sealed class SendingCounterAdapter : IPushInvocationCounter
    {
        private readonly SendingInvocationCounter _counter;

        /// <param name="counter">The meter's sending counter (thread-safe, shared with the server).</param>
        public SendingCounterAdapter(SendingInvocationCounter counter)
        {
            if (counter == null)
            {
                throw new ArgumentNullException("counter");
            }

            _counter = counter;
        }

        /// <inheritdoc />
        public bool TryNext(out uint value)
        {
            return _counter.TryNext(out value);
        }
    }
}
