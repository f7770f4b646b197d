using System;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// A key the meter holds. Callers get a handle, never the key: secret material stays inside
    /// the HAL assembly (internal members), only a key pair's public half can be exported, and
    /// <see cref="KeyStore.Destroy"/> zeroises it. Operations go through <see cref="KeyOperations"/>,
    /// which enforces <see cref="Usage"/>.
    /// </summary>
    public sealed class KeyHandle
    {
        private byte[] _secret;
        private readonly byte[] _publicKey;

        /// <summary>Cipher objects cached under this key, so hot paths do not re-run the key schedule.</summary>
        internal IAesGcm Gcm;

        /// <summary>The AES engine cached under this key (key wrap).</summary>
        internal IAesEngine Aes;

        /// <summary>
        /// Held by <see cref="KeyOperations"/> while it uses <see cref="Gcm"/> or <see cref="Aes"/>:
        /// the cached engines keep scratch state, and one key serves several tasks at once (every
        /// DLMS session and the push task cipher under the EK).
        /// </summary>
        internal readonly object EngineLock = new object();

        internal KeyHandle(ushort slot, KeyType type, KeyUsage usage, byte[] secret, byte[] publicKey)
        {
            Slot = slot;
            Type = type;
            Usage = usage;
            _secret = secret;
            _publicKey = publicKey;
        }

        /// <summary>The key store slot it persists in; <see cref="KeyStore.SessionSlot"/> for a key that lives in RAM only.</summary>
        public ushort Slot { get; }

        public KeyType Type { get; }

        public KeyUsage Usage { get; }

        /// <summary>True once the key has been destroyed; every operation then refuses it.</summary>
        public bool IsDestroyed
        {
            get { return _secret == null; }
        }

        /// <summary>True for P-256/P-384 key pairs.</summary>
        public bool IsKeyPair
        {
            get { return _publicKey != null; }
        }

        /// <summary>Length of the exported public key (X‖Y): 64 or 96 bytes; 0 for a symmetric key.</summary>
        public int PublicKeyLength
        {
            get { return _publicKey == null ? 0 : _publicKey.Length; }
        }

        /// <summary>Copies the public key X‖Y (uncompressed, without the 04 prefix) into <paramref name="buffer"/>.</summary>
        public void ExportPublicKey(byte[] buffer, int offset)
        {
            if (_publicKey == null)
            {
                throw new InvalidOperationException("a symmetric key has no public part");
            }

            Bounds.CheckBuffer(buffer, offset, _publicKey.Length, "buffer");
            Array.Copy(_publicKey, 0, buffer, offset, _publicKey.Length);
        }

        /// <summary>True if the key was created for all of <paramref name="usage"/>.</summary>
        public bool Allows(KeyUsage usage)
        {
            return usage != KeyUsage.None && (Usage & usage) == usage;
        }

        /// <summary>The secret bytes (private scalar or symmetric key); throws once destroyed.</summary>
        internal byte[] Secret
        {
            get
            {
                if (_secret == null)
                {
                    throw new ObjectDisposedException("key " + Slot);
                }

                return _secret;
            }
        }

        /// <summary>Zeroises the secret and every cached key schedule.</summary>
        internal void Zeroise()
        {
            if (_secret != null)
            {
                Array.Clear(_secret, 0, _secret.Length);
                _secret = null;
            }

            if (Gcm != null)
            {
                Gcm.Clear();
                Gcm = null;
            }

            if (Aes != null)
            {
                Aes.Clear();
                Aes = null;
            }
        }
    }
}
