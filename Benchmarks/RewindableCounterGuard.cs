using Meter.Dlms.Security;

namespace Meter.Benchmarks
{
    /// <summary>
    /// The server's guard of the client's invocation counter, with the same check and update as
    /// <see cref="RamInvocationCounterGuard"/>, that the benchmark can set back to a marked point: a
    /// ring of requests protected in setup under counters n, n + 1, ... is then replayed without the
    /// server refusing it, and without protecting a request in the measured path.
    /// </summary>
    public sealed class RewindableCounterGuard : IInvocationCounterGuard
    {
        private bool _any;
        private uint _last;
        private bool _markedAny;
        private uint _marked;

        public uint LowestAcceptable => !_any ? 0 : _last == uint.MaxValue ? uint.MaxValue : _last + 1;

        public bool IsFresh(uint invocationCounter) => !_any || invocationCounter > _last;

        public void Accept(uint invocationCounter)
        {
            if (IsFresh(invocationCounter))
            {
                _any = true;
                _last = invocationCounter;
            }
        }

        /// <summary>Remembers the current state as the point to rewind to.</summary>
        public void Mark()
        {
            _markedAny = _any;
            _marked = _last;
        }

        /// <summary>Back to the marked state: the counters accepted since are fresh again.</summary>
        public void Rewind()
        {
            _any = _markedAny;
            _last = _marked;
        }
    }
}
