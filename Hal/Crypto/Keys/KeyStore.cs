using System;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// Creates, persists, opens and destroys the meter's keys. Records are wrapped under a
    /// key-encryption key derived from the device-unique secret (<see cref="KeyRecordFormat"/>),
    /// so flash holds no key in clear and a dumped store is useless on other silicon. Keys leave
    /// only as <see cref="KeyHandle"/>s, with one exception at birth: the shipment copy of
    /// <see cref="GenerateForShipment"/>. Thread-safe: one lock guards the scratch buffers.
    /// </summary>
    public sealed class KeyStore
    {
        /// <summary>The slot of a key that lives in RAM only (a derived session key).</summary>
        public const ushort SessionSlot = 0;

        /// <summary>Highest persistent slot (the storage adapter maps slots onto record keys).</summary>
        public const ushort MaxSlot = 255;

        private const int MaxGenerationAttempts = 64;

        // SP 800-108 section 5.1 label for the KEK (KDF in counter mode, PRF HMAC-SHA256).
        private static readonly byte[] KekLabel =
        {
            (byte)'m', (byte)'e', (byte)'t', (byte)'e', (byte)'r', (byte)' ', (byte)'k', (byte)'e', (byte)'y', (byte)' ',
            (byte)'s', (byte)'t', (byte)'o', (byte)'r', (byte)'e', (byte)' ', (byte)'K', (byte)'E', (byte)'K',
        };

        private readonly object _sync = new object();
        private readonly ICryptoProvider _crypto;
        private readonly IRandomSource _random;
        private readonly IKeyStorage _storage;
        private readonly CryptoHealth _health;
        private readonly AesKeyWrap _wrap;
        private readonly byte[] _record = new byte[KeyRecordFormat.MaxRecordLength];
        private readonly byte[] _body = new byte[KeyRecordFormat.MaxBodyLength];

        /// <summary>Keys are refused (<see cref="CryptoErrorStateException"/>) while <paramref name="health"/> is not operational.</summary>
        public KeyStore(ICryptoProvider crypto, IRandomSource random, IKeyStorage storage, IDeviceUniqueSecret uniqueSecret, CryptoHealth health)
        {
            if (crypto == null || random == null || storage == null || uniqueSecret == null || health == null)
            {
                throw new ArgumentNullException(crypto == null ? "crypto" : random == null ? "random" : storage == null ? "storage" : uniqueSecret == null ? "uniqueSecret" : "health");
            }

            _health = health;

            _crypto = crypto;
            _random = random;
            _storage = storage;
            _wrap = new AesKeyWrap(DeriveKek(crypto, uniqueSecret));
        }

        /// <summary>
        /// Generates a key from the DRBG. A persistent slot must be empty (destroy first: keys
        /// are never silently replaced); <see cref="SessionSlot"/> keeps the key in RAM.
        /// </summary>
        public KeyHandle Generate(ushort slot, KeyType type, KeyUsage usage)
        {
            CheckPolicy(slot, type, usage);
            byte[] secret = new byte[KeyRecordFormat.SecretLength(type)];
            byte[] publicKey = null;
            lock (_sync)
            {
                EnsureFree(slot);
                if (KeyRecordFormat.PublicKeyLength(type) == 0)
                {
                    _random.GetBytes(secret, 0, secret.Length);
                }
                else
                {
                    publicKey = GenerateKeyPair(type, secret);
                }

                return Admit(slot, type, usage, secret, publicKey);
            }
        }

        /// <summary>
        /// Generates a symmetric key into an empty persistent slot, persists it wrapped, and then
        /// copies its bytes this once into <paramref name="copy"/>: the head-end's copy that a
        /// meter maker ships with the meter (DLMS suite 0 EK, AK, KEK). This is the only way a
        /// secret leaves the key store, and only at its creation: no call can export a key that
        /// already exists (after this returns, the copy is the caller's and no one can ask for
        /// another), a RAM-only session key has no one to be shipped to, and private keys never
        /// leave. The caller delivers the copy and zeroises it.
        /// </summary>
        public KeyHandle GenerateForShipment(ushort slot, KeyType type, KeyUsage usage, byte[] copy, int copyOffset)
        {
            CheckPersistentSlot(slot);
            CheckPolicy(slot, type, usage);
            if (KeyRecordFormat.PublicKeyLength(type) != 0)
            {
                throw new InvalidOperationException("private keys never leave the meter");
            }

            Bounds.CheckBuffer(copy, copyOffset, KeyRecordFormat.SecretLength(type), "copy");
            byte[] secret = new byte[KeyRecordFormat.SecretLength(type)];
            lock (_sync)
            {
                EnsureFree(slot);
                _random.GetBytes(secret, 0, secret.Length);
                KeyHandle key = Admit(slot, type, usage, secret, null);
                Array.Copy(secret, 0, copy, copyOffset, secret.Length);
                return key;
            }
        }

        /// <summary>
        /// Takes in key material made elsewhere (a factory-injected DLMS key, a private key from
        /// a test vector) and keeps it like a generated one. The caller zeroises its copy.
        /// Throws for a wrong length or a private key outside [1, n-1].
        /// </summary>
        public KeyHandle Import(ushort slot, KeyType type, KeyUsage usage, byte[] material, int offset, int count)
        {
            CheckPolicy(slot, type, usage);
            if (count != KeyRecordFormat.SecretLength(type))
            {
                throw new ArgumentException("key material must be " + KeyRecordFormat.SecretLength(type) + " bytes");
            }

            Bounds.CheckBuffer(material, offset, count, "material");
            byte[] secret = new byte[count];
            Array.Copy(material, offset, secret, 0, count);
            byte[] publicKey = null;
            lock (_sync)
            {
                EnsureFree(slot);
                if (KeyRecordFormat.PublicKeyLength(type) != 0)
                {
                    publicKey = new byte[KeyRecordFormat.PublicKeyLength(type)];
                    if (!EcdhFor(type).DerivePublicKey(secret, 0, publicKey, 0))
                    {
                        Array.Clear(secret, 0, secret.Length);
                        throw new ArgumentException("private key out of range");
                    }
                }

                return Admit(slot, type, usage, secret, publicKey);
            }
        }

        /// <summary>
        /// Opens the key in a persistent slot. Returns null when the slot is empty or holds a
        /// destroyed key; sets <paramref name="damaged"/> when a record exists but does not
        /// unwrap (corrupt, edited, moved, or wrapped under another device's KEK).
        /// </summary>
        public KeyHandle Open(ushort slot, out bool damaged)
        {
            CheckPersistentSlot(slot);
            damaged = false;
            lock (_sync)
            {
                int length = ReadRecord(slot);
                if (length < 0 || KeyRecordFormat.IsTombstone(_record, length))
                {
                    return null;
                }

                if (!KeyRecordFormat.IsWellFormedHeader(_record, length)
                    || !_wrap.Unwrap(_record, KeyRecordFormat.HeaderLength, length - KeyRecordFormat.HeaderLength, _body, 0)
                    || !KeyRecordFormat.BodyMatches(_record, _body, slot))
                {
                    Array.Clear(_body, 0, _body.Length);
                    damaged = true;
                    return null;
                }

                KeyType type = (KeyType)_record[1];
                byte[] secret = new byte[KeyRecordFormat.SecretLength(type)];
                Array.Copy(_body, KeyRecordFormat.BodyHeaderLength, secret, 0, secret.Length);
                byte[] publicKey = null;
                if (KeyRecordFormat.PublicKeyLength(type) != 0)
                {
                    publicKey = new byte[KeyRecordFormat.PublicKeyLength(type)];
                    Array.Copy(_body, KeyRecordFormat.BodyHeaderLength + secret.Length, publicKey, 0, publicKey.Length);
                }

                Array.Clear(_body, 0, _body.Length);
                return new KeyHandle(slot, type, (KeyUsage)_record[2], secret, publicKey);
            }
        }

        /// <summary>True if a persistent slot holds a live key record (valid or damaged).</summary>
        public bool IsOccupied(ushort slot)
        {
            CheckPersistentSlot(slot);
            lock (_sync)
            {
                int length = ReadRecord(slot);
                return length >= 0 && !KeyRecordFormat.IsTombstone(_record, length);
            }
        }

        /// <summary>
        /// Zeroises the key in RAM and replaces its record with a tombstone. (The old wrapped
        /// record stays physically in flash until the record store compacts that sector; it is
        /// wrapped, so that costs nothing.)
        /// </summary>
        public void Destroy(KeyHandle key)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            lock (_sync)
            {
                key.Zeroise();
                if (key.Slot != SessionSlot)
                {
                    KeyRecordFormat.WriteTombstone(_record);
                    _storage.Write(key.Slot, _record, 0, KeyRecordFormat.HeaderLength);
                }
            }
        }

        /// <summary>Destroys a persistent slot's key without opening it (e.g. a damaged record before re-provisioning).</summary>
        public void Erase(ushort slot)
        {
            CheckPersistentSlot(slot);
            lock (_sync)
            {
                KeyRecordFormat.WriteTombstone(_record);
                _storage.Write(slot, _record, 0, KeyRecordFormat.HeaderLength);
            }
        }

        private KeyHandle Admit(ushort slot, KeyType type, KeyUsage usage, byte[] secret, byte[] publicKey)
        {
            if (slot != SessionSlot)
            {
                Persist(slot, type, usage, secret, publicKey);
            }

            return new KeyHandle(slot, type, usage, secret, publicKey);
        }

        private void Persist(ushort slot, KeyType type, KeyUsage usage, byte[] secret, byte[] publicKey)
        {
            int bodyLength = KeyRecordFormat.BodyLength(type);
            Array.Clear(_body, 0, _body.Length);
            KeyRecordFormat.WriteHeaders(_record, _body, slot, type, usage);
            Array.Copy(secret, 0, _body, KeyRecordFormat.BodyHeaderLength, secret.Length);
            if (publicKey != null)
            {
                Array.Copy(publicKey, 0, _body, KeyRecordFormat.BodyHeaderLength + secret.Length, publicKey.Length);
            }

            _wrap.Wrap(_body, 0, bodyLength, _record, KeyRecordFormat.HeaderLength);
            Array.Clear(_body, 0, _body.Length);
            _storage.Write(slot, _record, 0, KeyRecordFormat.HeaderLength + bodyLength + 8);
        }

        // FIPS 186-4 B.4.2 (testing candidates): draw field-size strings until one is in [1, n-1];
        // DerivePublicKey is the range check. A P-256 draw fails with probability below 2^-32.
        private byte[] GenerateKeyPair(KeyType type, byte[] secret)
        {
            IEcdh ecdh = EcdhFor(type);
            byte[] publicKey = new byte[KeyRecordFormat.PublicKeyLength(type)];
            for (int attempt = 0; attempt < MaxGenerationAttempts; attempt++)
            {
                _random.GetBytes(secret, 0, secret.Length);
                if (ecdh.DerivePublicKey(secret, 0, publicKey, 0))
                {
                    return publicKey;
                }
            }

            Array.Clear(secret, 0, secret.Length);
            throw new InvalidOperationException("the random source keeps producing out-of-range keys");
        }

        private IEcdh EcdhFor(KeyType type)
        {
            return _crypto.CreateEcdh(type == KeyType.EcP384 ? EcCurve.P384 : EcCurve.P256);
        }

        private int ReadRecord(ushort slot)
        {
            int length = _storage.Read(slot, _record, 0);
            return length > _record.Length ? -1 : length;
        }

        private void EnsureFree(ushort slot)
        {
            if (slot == SessionSlot)
            {
                return;
            }

            int length = ReadRecord(slot);
            if (length >= 0 && !KeyRecordFormat.IsTombstone(_record, length))
            {
                throw new InvalidOperationException("key slot " + slot + " is occupied; destroy its key first");
            }
        }

        // One key, one purpose (SP 800-57 Part 1 section 5.2): exactly one usage, and one the type can serve.
        private void CheckPolicy(ushort slot, KeyType type, KeyUsage usage)
        {
            RequireOperational();
            if (slot > MaxSlot)
            {
                throw new ArgumentOutOfRangeException("slot");
            }

            KeyRecordFormat.SecretLength(type);
            int bits = (int)usage;
            if (bits == 0 || (bits & (bits - 1)) != 0)
            {
                throw new ArgumentException("a key has exactly one usage");
            }

            bool keyPair = KeyRecordFormat.PublicKeyLength(type) != 0;
            bool pairUsage = usage == KeyUsage.Sign || usage == KeyUsage.KeyAgreement;
            if (keyPair != pairUsage || (usage & ~(KeyUsage.Sign | KeyUsage.KeyAgreement | KeyUsage.Encryption | KeyUsage.Authentication | KeyUsage.KeyWrap)) != 0)
            {
                throw new ArgumentException("usage does not fit the key type");
            }
        }

        private void CheckPersistentSlot(ushort slot)
        {
            RequireOperational();
            if (slot == SessionSlot || slot > MaxSlot)
            {
                throw new ArgumentOutOfRangeException("slot");
            }
        }

        private void RequireOperational()
        {
            if (!_health.IsOperational)
            {
                throw new CryptoErrorStateException(_health.Failure);
            }
        }

        // SP 800-108 section 5.1, one block: KEK = HMAC-SHA256(secret, 00000001 || Label || 00 || 00000100).
        private static IAesEngine DeriveKek(ICryptoProvider crypto, IDeviceUniqueSecret uniqueSecret)
        {
            byte[] secret = new byte[uniqueSecret.Length];
            byte[] kek = new byte[32];
            byte[] block = new byte[4];
            try
            {
                uniqueSecret.CopyTo(secret, 0);
                IMac prf = crypto.CreateHmac(CryptoAlgorithm.HmacSha256, secret, 0, secret.Length);
                block[3] = 1;
                prf.Append(block, 0, 4);
                prf.Append(KekLabel, 0, KekLabel.Length);
                block[0] = 0;
                block[1] = 0;
                block[2] = 0;
                block[3] = 0;
                prf.Append(block, 0, 1);
                block[2] = 1;
                prf.Append(block, 0, 4);
                prf.Finish(kek, 0);
                prf.Clear();
                return crypto.CreateAes(kek, 0, kek.Length);
            }
            finally
            {
                Array.Clear(secret, 0, secret.Length);
                Array.Clear(kek, 0, kek.Length);
            }
        }
    }
}
