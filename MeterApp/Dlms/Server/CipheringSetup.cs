using System;
using Meter.Dlms.Security;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The suite 0 material a ciphered association policy draws on (Green Book ed. 9, 9.2.7.2.4):
    /// the crypto providers each session builds its own <see cref="KeyOperations"/> from (they are
    /// not thread-safe), the key store that holds a dedicated key for the life of an association,
    /// our system title, the current global unicast EK and AK, the guard of the client's counter
    /// under the EK and the source of ours. Keys are read at each AARQ, so a key change through
    /// <see cref="SetKeys"/> applies from the next association on.
    /// </summary>
    public sealed class CipheringSetup
    {
        private readonly object _sync = new object();
        private readonly ICryptoProvider _crypto;
        private readonly KeyStore _keys;
        private readonly CryptoHealth _health;
        private readonly byte[] _systemTitle = new byte[SecurityContext.SystemTitleLength];
        private KeyHandle _globalKey;
        private KeyHandle _authenticationKey;

        // Key epochs: a new global key starts one. The client's last accepted counter under the
        // previous key, for the associations still holding it (see AssociationCounterGuard).
        private int _epoch;
        private uint _retiredLowest;

        /// <summary>
        /// A setup sending as <paramref name="systemTitle"/> (8 bytes) with the EK
        /// <paramref name="globalKey"/> and AK <paramref name="authenticationKey"/>;
        /// <paramref name="clientCounter"/> guards the client's counter, <paramref name="serverCounter"/> gives ours.
        /// </summary>
        public CipheringSetup(ICryptoProvider crypto, KeyStore keys, CryptoHealth health, byte[] systemTitle, KeyHandle globalKey, KeyHandle authenticationKey, IInvocationCounterGuard clientCounter, IInvocationCounterSource serverCounter)
        {
            if (crypto == null || keys == null || health == null || systemTitle == null || clientCounter == null || serverCounter == null)
            {
                throw new ArgumentNullException(crypto == null ? "crypto" : keys == null ? "keys" : health == null ? "health" : systemTitle == null ? "systemTitle" : clientCounter == null ? "clientCounter" : "serverCounter");
            }

            if (systemTitle.Length != SecurityContext.SystemTitleLength)
            {
                throw new ArgumentException("a system title has 8 bytes", "systemTitle");
            }

            _crypto = crypto;
            _keys = keys;
            _health = health;
            Array.Copy(systemTitle, _systemTitle, _systemTitle.Length);
            ClientCounter = clientCounter;
            ServerCounter = serverCounter;
            SetKeys(globalKey, authenticationKey);
        }

        /// <summary>The guard of the client's invocation counter under the global unicast key.</summary>
        public IInvocationCounterGuard ClientCounter { get; }

        /// <summary>Our invocation counter under the global unicast key.</summary>
        public IInvocationCounterSource ServerCounter { get; }

        /// <summary>Replaces the EK and AK (after a key transfer); associations opened later use them.</summary>
        public void SetKeys(KeyHandle globalKey, KeyHandle authenticationKey)
        {
            if (globalKey == null || authenticationKey == null)
            {
                throw new ArgumentNullException(globalKey == null ? "globalKey" : "authenticationKey");
            }

            lock (_sync)
            {
                if (_globalKey != null && globalKey != _globalKey)
                {
                    // Call before the key's counter restarts: this is the old key's last word.
                    _retiredLowest = ClientCounter.LowestAcceptable;
                    _epoch++;
                }

                _globalKey = globalKey;
                _authenticationKey = authenticationKey;
            }
        }

        /// <summary>A copy of our system title.</summary>
        public byte[] SystemTitle
        {
            get
            {
                byte[] copy = new byte[_systemTitle.Length];
                Array.Copy(_systemTitle, copy, copy.Length);
                return copy;
            }
        }

        /// <summary>A fresh security context for one association with the current keys (no peer title yet).</summary>
        internal SecurityContext CreateContext()
        {
            lock (_sync)
            {
                return new SecurityContext(_globalKey, _authenticationKey, new AssociationCounterGuard(this, _epoch), _systemTitle, 0);
            }
        }

        /// <summary>
        /// The guard for key epoch <paramref name="epoch"/>: the shared one while it is current; for
        /// the previous epoch a RAM guard resuming after that key's last accepted counter; for older
        /// ones a guard that refuses everything (that key is two replacements old).
        /// </summary>
        internal IInvocationCounterGuard CounterFor(int epoch)
        {
            lock (_sync)
            {
                if (epoch == _epoch)
                {
                    return ClientCounter;
                }

                if (epoch == _epoch - 1 && _retiredLowest != uint.MaxValue)
                {
                    return _retiredLowest == 0 ? new RamInvocationCounterGuard() : new RamInvocationCounterGuard(_retiredLowest - 1);
                }

                return new RamInvocationCounterGuard(uint.MaxValue);
            }
        }

        /// <summary>Key operations for one session (not shared: they keep scratch state).</summary>
        internal KeyOperations CreateOperations()
        {
            return new KeyOperations(_crypto, _keys, _health);
        }

        /// <summary>Keeps the dedicated key of an InitiateRequest in RAM for the association (suite 0: 16 bytes).</summary>
        internal KeyHandle ImportDedicatedKey(byte[] key)
        {
            return _keys.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, key, 0, key.Length);
        }

        /// <summary>Zeroises a dedicated key when its association ends.</summary>
        internal void DestroyKey(KeyHandle key)
        {
            _keys.Destroy(key);
        }
    }
}
