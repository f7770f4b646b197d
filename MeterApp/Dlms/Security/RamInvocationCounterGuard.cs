namespace Meter.Dlms.Security
{
    /// <summary>An <see cref="IInvocationCounterGuard"/> in RAM only (tests, and keys that live one association).</summary>
    public sealed class RamInvocationCounterGuard : IInvocationCounterGuard
    {
        private bool _any;
        private uint _last;

        /// <summary>Nothing accepted yet: every counter is fresh.</summary>
        public RamInvocationCounterGuard()
        {
        }

        /// <summary>Resumes after <paramref name="lastAccepted"/>.</summary>
        public RamInvocationCounterGuard(uint lastAccepted)
        {
            _any = true;
            _last = lastAccepted;
        }

        /// <inheritdoc/>
        public bool IsFresh(uint invocationCounter)
        {
            return !_any || invocationCounter > _last;
        }

        /// <inheritdoc/>
        public void Accept(uint invocationCounter)
        {
            if (IsFresh(invocationCounter))
            {
                _any = true;
                _last = invocationCounter;
            }
        }

        /// <inheritdoc/>
        public uint LowestAcceptable
        {
            get { return !_any ? 0 : _last == uint.MaxValue ? uint.MaxValue : _last + 1; }
        }
    }
}
