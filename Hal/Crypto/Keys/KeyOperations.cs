using System;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// The operations the meter performs with its keys, through the chosen providers. Each one
    /// checks that crypto is operational, that the handle is alive and that its usage allows the
    /// operation (<see cref="KeyUsage"/>), so a key-agreement key can never sign and an
    /// encryption key never wraps. Not thread-safe: give each task its own instance. A key may be
    /// shared by instances on several tasks: its cached engine is locked per operation.
    /// </summary>
    public sealed class KeyOperations
    {
        private const int MaxFieldSize = 48;

        /// <summary>The tag length of the DLMS security suites (Green Book ed. 9, 9.2.7.2.4: GCM tag truncated to 96 bits).</summary>
        public const int DlmsTagLength = 12;

        /// <summary>Longest data <see cref="EncryptDlms"/> and <see cref="DecryptDlms"/> accept (a DLMS APDU never exceeds the 16-bit max PDU size).</summary>
        public const int MaxDlmsLength = 0xFFFF;

        // Security control bits the DLMS operations act on (Green Book ed. 9, 9.2.7.2.4 security header).
        private const byte DlmsAuthentication = 0x10;
        private const byte DlmsEncryption = 0x20;
        private const int DlmsSystemTitleLength = 8;

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
        private readonly byte[] _dlmsIv = new byte[GcmCipher.NonceSizeInBytes];
        private readonly byte[] _dlmsTag = new byte[GcmCipher.MaxTagSizeInBytes];
        private byte[] _dlmsAad;
        private int _dlmsAadUsed;

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
            lock (key.EngineLock)
            {
                GcmFor(key, KeyUsage.Encryption).Encrypt(nonce, nonceOffset, plaintext, plaintextOffset, length, ciphertext, ciphertextOffset, associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
            }
        }

        /// <summary>AES-GCM decryption under an encryption key; false (nothing written) for a wrong tag.</summary>
        public bool Decrypt(KeyHandle key, byte[] nonce, int nonceOffset, byte[] ciphertext, int ciphertextOffset, int length, byte[] plaintext, int plaintextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
        {
            lock (key.EngineLock)
            {
                return GcmFor(key, KeyUsage.Encryption).Decrypt(nonce, nonceOffset, ciphertext, ciphertextOffset, length, plaintext, plaintextOffset, associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
            }
        }

        /// <summary>
        /// DLMS security suite 0 protection (Green Book ed. 9, 9.2.7.2.4) under an encryption key
        /// <paramref name="encryptionKey"/> (the EK, usage Encryption) and an authentication key
        /// <paramref name="authenticationKey"/> (the AK, usage Authentication), whose bytes never
        /// leave this assembly: IV = system title (8) || invocation counter (4, big endian); with
        /// 0x10 (authentication) and 0x20 (encryption) of <paramref name="securityControl"/> both set,
        /// AAD = SC || AK and the data is encrypted; with 0x10 alone, AAD = SC || AK || data and the
        /// data is copied in clear (GMAC); with 0x20 alone, the data is encrypted without a tag.
        /// <paramref name="output"/> receives the data (ciphertext or the clear copy; the regions may
        /// coincide) and, with 0x10, <paramref name="tag"/> the <see cref="DlmsTagLength"/>-byte tag.
        /// The other SC bits are only authenticated: suite, broadcast and compression are the caller's
        /// rules. The AAD is built in a scratch buffer that is zeroised before returning.
        /// </summary>
        public void EncryptDlms(KeyHandle encryptionKey, KeyHandle authenticationKey, byte securityControl, byte[] systemTitle, int systemTitleOffset, uint invocationCounter, byte[] data, int dataOffset, int length, byte[] output, int outputOffset, byte[] tag, int tagOffset)
        {
            // The key's cached engine keeps scratch state: one operation at a time per key (sessions and the push task share the EK).
            lock (encryptionKey.EngineLock)
            {
                IAesGcm gcm = StartDlms(encryptionKey, authenticationKey, securityControl, systemTitle, systemTitleOffset, invocationCounter, data, dataOffset, length, output, outputOffset, tag, tagOffset);
                bool encrypt = (securityControl & DlmsEncryption) != 0;
                try
                {
                    if ((securityControl & DlmsAuthentication) == 0)
                    {
                        // Encryption only: GCM's counter mode; the tag it also computes is not sent.
                        gcm.Encrypt(_dlmsIv, 0, data, dataOffset, length, output, outputOffset, null, 0, 0, _dlmsTag, 0, DlmsTagLength);
                    }
                    else if (encrypt)
                    {
                        int aadLength = BuildDlmsAad(authenticationKey, securityControl, null, 0, 0);
                        gcm.Encrypt(_dlmsIv, 0, data, dataOffset, length, output, outputOffset, _dlmsAad, 0, aadLength, tag, tagOffset, DlmsTagLength);
                    }
                    else
                    {
                        int aadLength = BuildDlmsAad(authenticationKey, securityControl, data, dataOffset, length);
                        gcm.Encrypt(_dlmsIv, 0, null, 0, 0, null, 0, _dlmsAad, 0, aadLength, tag, tagOffset, DlmsTagLength);
                        Array.Copy(data, dataOffset, output, outputOffset, length);
                    }
                }
                finally
                {
                    EndDlms();
                }
            }
        }

        /// <summary>
        /// Reverses <see cref="EncryptDlms"/> with the same keys, security control, system title
        /// (the sender's) and invocation counter. With 0x10 the tag is checked in constant time
        /// first and, if it does not match, false is returned and nothing is written to
        /// <paramref name="output"/>; with 0x20 alone there is no tag and the data is always
        /// decrypted (true). The regions of <paramref name="data"/> and <paramref name="output"/> may coincide.
        /// </summary>
        public bool DecryptDlms(KeyHandle encryptionKey, KeyHandle authenticationKey, byte securityControl, byte[] systemTitle, int systemTitleOffset, uint invocationCounter, byte[] data, int dataOffset, int length, byte[] output, int outputOffset, byte[] tag, int tagOffset)
        {
            lock (encryptionKey.EngineLock)
            {
                IAesGcm gcm = StartDlms(encryptionKey, authenticationKey, securityControl, systemTitle, systemTitleOffset, invocationCounter, data, dataOffset, length, output, outputOffset, tag, tagOffset);
                bool encrypt = (securityControl & DlmsEncryption) != 0;
                try
                {
                    if ((securityControl & DlmsAuthentication) == 0)
                    {
                        // Counter mode is its own inverse; the computed tag is discarded.
                        gcm.Encrypt(_dlmsIv, 0, data, dataOffset, length, output, outputOffset, null, 0, 0, _dlmsTag, 0, DlmsTagLength);
                        return true;
                    }

                    if (encrypt)
                    {
                        int aadLength = BuildDlmsAad(authenticationKey, securityControl, null, 0, 0);
                        return gcm.Decrypt(_dlmsIv, 0, data, dataOffset, length, output, outputOffset, _dlmsAad, 0, aadLength, tag, tagOffset, DlmsTagLength);
                    }

                    int macLength = BuildDlmsAad(authenticationKey, securityControl, data, dataOffset, length);
                    if (!gcm.Decrypt(_dlmsIv, 0, null, 0, 0, null, 0, _dlmsAad, 0, macLength, tag, tagOffset, DlmsTagLength))
                    {
                        return false;
                    }

                    Array.Copy(data, dataOffset, output, outputOffset, length);
                    return true;
                }
                finally
                {
                    EndDlms();
                }
            }
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
            lock (wrappingKey.EngineLock)
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
        }

        /// <summary>
        /// Unwraps a symmetric key received wrapped under a key-wrap key (DLMS global_key_transfer)
        /// into <paramref name="slot"/>. Returns null, storing nothing, if the integrity check fails.
        /// </summary>
        public KeyHandle UnwrapKey(KeyHandle wrappingKey, byte[] wrapped, int offset, int count, ushort slot, KeyType type, KeyUsage usage)
        {
            lock (wrappingKey.EngineLock)
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
        }

        // Checks everything before any byte is produced and builds the IV; returns the EK's cipher.
        private IAesGcm StartDlms(KeyHandle encryptionKey, KeyHandle authenticationKey, byte securityControl, byte[] systemTitle, int systemTitleOffset, uint invocationCounter, byte[] data, int dataOffset, int length, byte[] output, int outputOffset, byte[] tag, int tagOffset)
        {
            IAesGcm gcm = GcmFor(encryptionKey, KeyUsage.Encryption);
            bool authenticate = (securityControl & DlmsAuthentication) != 0;
            if (authenticate)
            {
                Require(authenticationKey, KeyUsage.Authentication);
            }
            else if ((securityControl & DlmsEncryption) == 0)
            {
                throw new ArgumentException("the security control asks for no protection", "securityControl");
            }

            if (length < 0 || length > MaxDlmsLength)
            {
                throw new ArgumentOutOfRangeException("length");
            }

            Bounds.CheckBuffer(systemTitle, systemTitleOffset, DlmsSystemTitleLength, "systemTitle");
            Bounds.CheckBuffer(data, dataOffset, length, "data");
            Bounds.CheckBuffer(output, outputOffset, length, "output");
            if (authenticate)
            {
                Bounds.CheckBuffer(tag, tagOffset, DlmsTagLength, "tag");
            }

            Array.Copy(systemTitle, systemTitleOffset, _dlmsIv, 0, DlmsSystemTitleLength);
            _dlmsIv[8] = (byte)(invocationCounter >> 24);
            _dlmsIv[9] = (byte)(invocationCounter >> 16);
            _dlmsIv[10] = (byte)(invocationCounter >> 8);
            _dlmsIv[11] = (byte)invocationCounter;
            return gcm;
        }

        // AAD = SC || AK [|| data] into the scratch buffer, grown (never shrunk) to the longest seen.
        private int BuildDlmsAad(KeyHandle authenticationKey, byte securityControl, byte[] data, int dataOffset, int length)
        {
            byte[] ak = authenticationKey.Secret;
            int aadLength = 1 + ak.Length + length;
            if (_dlmsAad == null || _dlmsAad.Length < aadLength)
            {
                _dlmsAad = new byte[aadLength < 64 ? 64 : aadLength];
            }

            _dlmsAadUsed = aadLength;
            _dlmsAad[0] = securityControl;
            Array.Copy(ak, 0, _dlmsAad, 1, ak.Length);
            if (length > 0)
            {
                Array.Copy(data, dataOffset, _dlmsAad, 1 + ak.Length, length);
            }

            return aadLength;
        }

        // The AK (and the data of an authentication-only call) must not linger in RAM.
        private void EndDlms()
        {
            if (_dlmsAadUsed > 0)
            {
                Array.Clear(_dlmsAad, 0, _dlmsAadUsed);
                _dlmsAadUsed = 0;
            }

            Array.Clear(_dlmsTag, 0, _dlmsTag.Length);
            Array.Clear(_dlmsIv, 0, _dlmsIv.Length);
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
