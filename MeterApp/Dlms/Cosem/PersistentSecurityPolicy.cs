using System;
using Meter.Storage;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// The security policy in the record store (<see cref="RecordKeys.DlmsSecurityPolicy"/>), so a
    /// restart never weakens it: the policy in force is the stored one combined with the
    /// configured minimum; a stored record that cannot be read counts as the strongest policy
    /// (fail safe: a damaged record must not switch protection off). It only ever grows, and the
    /// record is written before the new policy takes effect.
    /// </summary>
    public sealed class PersistentSecurityPolicy
    {
        private readonly object _sync = new object();
        private readonly RecordStore _store;
        private readonly byte[] _record = new byte[1];
        private byte _policy;

        /// <summary>Loads the policy from <paramref name="store"/>, never weaker than <paramref name="minimum"/> (0..3).</summary>
        public PersistentSecurityPolicy(RecordStore store, byte minimum)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (minimum > SecurityPolicy.AuthenticatedAndEncrypted)
            {
                throw new ArgumentOutOfRangeException("minimum");
            }

            _store = store;
            _policy = (byte)(Load() | minimum);
        }

        /// <summary>The policy in force (0..3).</summary>
        public byte Value
        {
            get { return _policy; }
        }

        /// <summary>
        /// Makes <paramref name="policy"/> the policy in force if it is at least as strong as the
        /// current one; false (nothing changed) if it would weaken it. Throws when the store
        /// cannot write (the policy then stays as it was).
        /// </summary>
        public bool Strengthen(byte policy)
        {
            if (policy > SecurityPolicy.AuthenticatedAndEncrypted)
            {
                throw new ArgumentOutOfRangeException("policy");
            }

            lock (_sync)
            {
                if (!SecurityPolicy.IsAtLeast(policy, _policy))
                {
                    return false;
                }

                _record[0] = policy;
                _store.Write(RecordKeys.DlmsSecurityPolicy, _record, 0, 1);
                _policy = policy;
                return true;
            }
        }

        private byte Load()
        {
            try
            {
                int length = _store.Read(RecordKeys.DlmsSecurityPolicy, _record, 0);
                if (length < 0)
                {
                    return SecurityPolicy.None;
                }

                return length == 1 && _record[0] <= SecurityPolicy.AuthenticatedAndEncrypted ? _record[0] : SecurityPolicy.AuthenticatedAndEncrypted;
            }
            catch (StoreCorruptException)
            {
                return SecurityPolicy.AuthenticatedAndEncrypted;
            }
            catch (ArgumentException)
            {
                // Longer than one byte: not a record we wrote.
                return SecurityPolicy.AuthenticatedAndEncrypted;
            }
        }
    }
}
