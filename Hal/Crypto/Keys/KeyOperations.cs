using System;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// The operations the meter performs with its keys, through the chosen providers. Each one
    /// checks that crypto is operational, that the handle is alive and that its usage allows the
    /// operation (<see cref="KeyUsage"/>), so a key-agreement key can never sign and an
    /// encryption key never wraps. Not thread-safe: give each task its own instance.
    /// </summary>
    public sealed class KeyOperations
    {
        private const int MaxFieldSize = 48;

        private readonly ICryptoProvider _crypto;
        private readonly KeyStore _store;
        private readonly CryptoHealth _health;
        private readonly IEcdsa _ecdsaP256;
        private readonly IEcdsa _ecdsaP384;
        private readonly IEcdh _ecdhP256;
        private readonly IEcdh _ecdhP384;
        private readonly IHash _sha256;
        private readonly IHash _sha384;
        private readonly byte[] _sharedSecret = new byte[MaxFieldSize];
        private readonly byte[] _derived = new byte[MaxFieldSize];

        public KeyOperations(ICryptoProvider crypto, KeyStore store, CryptoHealth health)
        {
            if (crypto == null || store == null || health == null)
            {
                throw new ArgumentNullException(crypto == null ? "crypto" : store == null ? "store" : "health");
            }

            _crypto = crypto;
            _store = store;
            _health = health;
            _ecdsaP256 = crypto.CreateEcdsa(EcCurve.P256);
            _ecdsaP384 = crypto.CreateEcdsa(EcCurve.P384);
            _ecdhP256 = crypto.CreateEcdh(EcCurve.P256);
            _ecdhP384 = crypto.CreateEcdh(EcCurve.P384);
            _sha256 = crypto.CreateHash(CryptoAlgorithm.Sha256);
            _sha384 = crypto.CreateHash(CryptoAlgorithm.Sha384);
        }

        /// <summary>Signs a digest with a signing key pair and writes r‖s; returns its length (64 or 96).</summary>
        public int SignHash(KeyHandle key, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset)
        {
            Require(key, KeyUsage.Sign);
            IEcdsa ecdsa = key.Type == KeyType.EcP384 ? _ecdsaP384 : _ecdsaP256;
            Bounds.CheckBuffer(hash, hashOffset, hashLength, "hash");
            Bounds.CheckBuffer(signature, signatureOffset, 2 * ecdsa.FieldSizeInBytes, "signature");
            if (!ecdsa.SignHash(key.Secret, 0, hash, hashOffset, hashLength, signature, signatureOffset))
            {
                throw new InvalidOperationException("signing key out of range");
            }

            return 2 * ecdsa.FieldSizeInBytes;
        }

        /// <summary>Checks a peer's r‖s over a digest; false for any invalid key, signature or length.</summary>
        public bool VerifyHash(EcCurve curve, byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            RequireOperational();
            IEcdsa ecdsa = curve == EcCurve.P384 ? _ecdsaP384 : _ecdsaP256;
            Bounds.CheckBuffer(publicKey, publicKeyOffset, 2 * ecdsa.FieldSizeInBytes, "publicKey");
            Bounds.CheckBuffer(hash, hashOffset, hashLength, "hash");
            Bounds.CheckBuffer(signature, signatureOffset, signatureLength, "signature");
            return ecdsa.VerifyHash(publicKey, publicKeyOffset, hash, hashOffset, hashLength, signature, signatureOffset, signatureLength);
        }

        /// <summary>
        /// ECDH with a key-agreement key, then the SP 800-56A one-step KDF (SHA-256 on P-256,
        /// SHA-384 on P-384, as DLMS suites 1 and 2 do) into a new RAM-only key. The shared
        /// secret never leaves this method and is zeroised. Returns null if the peer key is invalid.
        /// </summary>
        public KeyHandle DeriveKey(KeyHandle agreementKey, byte[] peerPublicKey, int peerOffset, byte[] otherInfo, int otherInfoOffset, int otherInfoLength, KeyType derivedType, KeyUsage derivedUsage)
        {
            Require(agreementKey, KeyUsage.KeyAgreement);
            bool p384 = agreementKey.Type == KeyType.EcP384;
            IEcdh ecdh = p384 ? _ecdhP384 : _ecdhP256;
            Bounds.CheckBuffer(peerPublicKey, peerOffset, 2 * ecdh.FieldSizeInBytes, "peerPublicKey");
            Bounds.CheckBuffer(otherInfo, otherInfoOffset, otherInfoLength, "otherInfo");
            try
            {
                if (!ecdh.DeriveSharedSecret(agreementKey.Secret, 0, peerPublicKey, peerOffset, _sharedSecret, 0))
                {
                    return null;
                }

                int keyLength = derivedType == KeyType.Aes256 ? 32 : 16;
                ConcatKdf.Derive(p384 ? _sha384 : _sha256, _sharedSecret, 0, ecdh.FieldSizeInBytes, otherInfo, otherInfoOffset, otherInfoLength, _derived, 0, keyLength);
                return _store.Import(KeyStore.SessionSlot, derivedType, derivedUsage, _derived, 0, keyLength);
            }
            finally
            {
                Array.Clear(_sharedSecret, 0, _sharedSecret.Length);
                Array.Clear(_derived, 0, _derived.Length);
            }
        }

        /// <summary>AES-GCM encryption under an encryption key (tag 12..16 bytes).</summary>
        public void Encrypt(KeyHandle key, byte[] nonce, int nonceOffset, byte[] plaintext, int plaintextOffset, int length, byte[] ciphertext, int ciphertextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
        {
            GcmFor(key, KeyUsage.Encryption).Encrypt(nonce, nonceOffset, plaintext, plaintextOffset, length, ciphertext, ciphertextOffset, associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
        }

        /// <summary>AES-GCM decryption under an encryption key; false (nothing written) for a wrong tag.</summary>
        public bool Decrypt(KeyHandle key, byte[] nonce, int nonceOffset, byte[] ciphertext, int ciphertextOffset, int length, byte[] plaintext, int plaintextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
        {
            return GcmFor(key, KeyUsage.Encryption).Decrypt(nonce, nonceOffset, ciphertext, ciphertextOffset, length, plaintext, plaintextOffset, associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
        }

        /// <summary>HMAC-SHA256 under an authentication key (readings protected at source); writes 32 bytes.</summary>
        public void ComputeMac(KeyHandle key, byte[] data, int offset, int count, byte[] mac, int macOffset)
        {
            Require(key, KeyUsage.Authentication);
            Bounds.CheckBuffer(data, offset, count, "data");
            Bounds.CheckBuffer(mac, macOffset, 32, "mac");
            IMac hmac = _crypto.CreateHmac(CryptoAlgorithm.HmacSha256, key.Secret, 0, key.Secret.Length);
            hmac.Append(data, offset, count);
            hmac.Finish(mac, macOffset);
            hmac.Clear();
        }

        /// <summary>Wraps a symmetric key under a key-wrap key (RFC 3394) for export to a peer; returns the wrapped length (key length + 8).</summary>
        public int WrapKey(KeyHandle wrappingKey, KeyHandle key, byte[] output, int outputOffset)
        {
            IAesEngine kek = AesFor(wrappingKey);
            RequireAlive(key);
            if (key.IsKeyPair)
            {
                throw new InvalidOperationException("private keys never leave the meter");
            }

            int length = key.Secret.Length + 8;
            Bounds.CheckBuffer(output, outputOffset, length, "output");
            new AesKeyWrap(kek).Wrap(key.Secret, 0, key.Secret.Length, output, outputOffset);
            return length;
        }

        /// <summary>
        /// Unwraps a symmetric key received wrapped under a key-wrap key (DLMS global_key_transfer)
        /// into <paramref name="slot"/>. Returns null, storing nothing, if the integrity check fails.
        /// </summary>
        public KeyHandle UnwrapKey(KeyHandle wrappingKey, byte[] wrapped, int offset, int count, ushort slot, KeyType type, KeyUsage usage)
        {
            IAesEngine kek = AesFor(wrappingKey);
            Bounds.CheckBuffer(wrapped, offset, count, "wrapped");
            if (type != KeyType.Aes128 && type != KeyType.Aes256)
            {
                throw new ArgumentException("only symmetric keys travel wrapped");
            }

            int keyLength = type == KeyType.Aes256 ? 32 : 16;
            if (count != keyLength + 8)
            {
                return null;
            }

            try
            {
                if (!new AesKeyWrap(kek).Unwrap(wrapped, offset, count, _derived, 0))
                {
                    return null;
                }

                return _store.Import(slot, type, usage, _derived, 0, keyLength);
            }
            finally
            {
                Array.Clear(_derived, 0, _derived.Length);
            }
        }

        private IAesGcm GcmFor(KeyHandle key, KeyUsage usage)
        {
            Require(key, usage);
            if (key.Gcm == null)
            {
                key.Gcm = _crypto.CreateAesGcm(key.Secret, 0, key.Secret.Length);
            }

            return key.Gcm;
        }

        private IAesEngine AesFor(KeyHandle key)
        {
            Require(key, KeyUsage.KeyWrap);
            if (key.Aes == null)
            {
                key.Aes = _crypto.CreateAes(key.Secret, 0, key.Secret.Length);
            }

            return key.Aes;
        }

        private void Require(KeyHandle key, KeyUsage usage)
        {
            RequireAlive(key);
            if (!key.Allows(usage))
            {
                throw new InvalidOperationException("key " + key.Slot + " is not for this use");
            }
        }

        private void RequireAlive(KeyHandle key)
        {
            RequireOperational();
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            if (key.IsDestroyed)
            {
                throw new ObjectDisposedException("key " + key.Slot);
            }
        }

        private void RequireOperational()
        {
            if (!_health.IsOperational)
            {
                throw new CryptoErrorStateException(_health.Failure);
            }
        }
    }
}
