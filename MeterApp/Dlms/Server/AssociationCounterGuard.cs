using Meter.Dlms.Security;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The client counter guard one association judges its requests by (Green Book ed. 9,
    /// 9.2.7.2.4: one counter per key). While the global key it was opened with is current, that is
    /// the shared, persistent guard; once security setup replaced the key, the association still
    /// holds the old key, so it goes on from the old key's last accepted counter in RAM: its replays
    /// stay refused, and it can never advance (or be refused by) the new key's counter, which the
    /// head-end restarts from 1.
    /// </summary>
    internal sealed class AssociationCounterGuard : IInvocationCounterGuard
    {
        private readonly CipheringSetup _setup;
        private readonly int _epoch;
        private IInvocationCounterGuard _retired;

        /// <summary>The guard of an association opened under key epoch <paramref name="epoch"/> of <paramref name="setup"/>.</summary>
        public AssociationCounterGuard(CipheringSetup setup, int epoch)
        {
            _setup = setup;
            _epoch = epoch;
        }

        /// <inheritdoc/>
        public bool IsFresh(uint invocationCounter)
        {
            return Current().IsFresh(invocationCounter);
        }

        /// <inheritdoc/>
        public void Accept(uint invocationCounter)
        {
            Current().Accept(invocationCounter);
        }

        /// <inheritdoc/>
        public uint LowestAcceptable
        {
            get { return Current().LowestAcceptable; }
        }

        private IInvocationCounterGuard Current()
        {
            if (_retired != null)
            {
                return _retired;
            }

            IInvocationCounterGuard current = _setup.CounterFor(_epoch);
            if (current != _setup.ClientCounter)
            {
                _retired = current;
            }

            return current;
        }
    }
}
