using System;

namespace Meter.Dlms.Server
{
    /// <summary>An <see cref="IInvocationCounterSource"/> in RAM only (tests; the meter persists its counter).</summary>
    public sealed class RamInvocationCounterSource : IInvocationCounterSource
    {
        private readonly object _sync = new object();
        private uint _next;
        private bool _exhausted;

        /// <summary>Starts at <paramref name="first"/>.</summary>
        public RamInvocationCounterSource(uint first)
        {
            _next = first;
        }

        /// <inheritdoc/>
        public uint Next()
        {
            lock (_sync)
            {
                if (_exhausted)
                {
                    throw new InvalidOperationException("invocation counter exhausted");
                }

                uint value = _next;
                if (value == uint.MaxValue)
                {
                    _exhausted = true;
                }
                else
                {
                    _next = value + 1;
                }

                return value;
            }
        }
    }
}
