using System;
using Meter.Hal.Crypto;
using Meter.Hal.Entropy;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// HMAC_DRBG with HMAC-SHA256 (NIST SP 800-90A Rev.1 section 10.1.2), 256-bit security strength,
    /// without prediction resistance. Seeded from the board's <see cref="ITrng"/> (32 bytes of
    /// entropy and a 16-byte nonce, section 8.6.7) and reseeded from it automatically once
    /// <see cref="ReseedInterval"/> requests have been served. Requests larger than 65,536 bytes
    /// (max_number_of_bits_per_request, Table 2) are split. Allocates nothing after construction.
    /// Thread-safe: every key and nonce in the meter comes from one instance.
    /// </summary>
    public sealed class HmacDrbg : IRandomSource
    {
        /// <summary>Largest single generate request (2^19 bits).</summary>
        public const int MaxBytesPerRequest = 65536;

        /// <summary>Entropy input drawn from the TRNG at instantiation and reseed (security strength 256 bits).</summary>
        public const int EntropyLength = 32;

        /// <summary>Nonce drawn from the TRNG at instantiation (half the security strength, section 8.6.7).</summary>
        public const int NonceLength = 16;

        /// <summary>Requests between automatic reseeds unless changed; far below the 2^48 limit of Table 2.</summary>
        public const int DefaultReseedInterval = 4096;

        private const int OutLength = HmacSha256.HashSizeInBytes;

        private readonly object _sync = new object();
        private readonly HmacSha256 _hmac;
        private readonly byte[] _key = new byte[OutLength];
        private readonly byte[] _value = new byte[OutLength];
        private readonly byte[] _separator = new byte[1];
        private readonly byte[] _entropy = new byte[EntropyLength + NonceLength];
        private readonly ITrng _trng;
        private int _reseedCounter;
        private int _reseedInterval = DefaultReseedInterval;
        private bool _cleared;

        /// <summary>Instantiates from <paramref name="trng"/> with no personalisation string.</summary>
        public HmacDrbg(ITrng trng)
            : this(trng, null, 0, 0)
        {
        }

        /// <summary>
        /// Instantiates from <paramref name="trng"/> (entropy and nonce) and a personalisation string
        /// (for example the meter's system title; may be null when empty), and reseeds from it later.
        /// </summary>
        public HmacDrbg(ITrng trng, byte[] personalization, int personalizationOffset, int personalizationLength)
        {
            if (trng == null)
            {
                throw new ArgumentNullException("trng");
            }

            CheckOptional(personalization, personalizationOffset, personalizationLength, "personalization");
            _trng = trng;
            _hmac = new HmacSha256(_key, 0, OutLength);
            trng.GetBytes(_entropy, 0, EntropyLength + NonceLength);
            Instantiate(_entropy, 0, EntropyLength, _entropy, EntropyLength, NonceLength, personalization, personalizationOffset, personalizationLength);
            Array.Clear(_entropy, 0, _entropy.Length);
        }

        /// <summary>
        /// Instantiates from caller-supplied inputs (known-answer tests, or entropy the caller
        /// gathered). There is no entropy source to reseed from: once the reseed interval
        /// is reached, requests throw until <see cref="Reseed"/> is called.
        /// </summary>
        public HmacDrbg(
            byte[] entropyInput, int entropyOffset, int entropyLength,
            byte[] nonce, int nonceOffset, int nonceLength,
            byte[] personalization, int personalizationOffset, int personalizationLength)
        {
            CheckEntropy(entropyInput, entropyOffset, entropyLength);
            Bounds.CheckBuffer(nonce, nonceOffset, nonceLength, "nonce");
            if (nonceLength < NonceLength)
            {
                throw new ArgumentException("the nonce must be at least 16 bytes", "nonceLength");
            }

            CheckOptional(personalization, personalizationOffset, personalizationLength, "personalization");
            _hmac = new HmacSha256(_key, 0, OutLength);
            Instantiate(entropyInput, entropyOffset, entropyLength, nonce, nonceOffset, nonceLength, personalization, personalizationOffset, personalizationLength);
        }

        /// <summary>Generate requests served before a reseed is due (1 .. int.MaxValue).</summary>
        public int ReseedInterval
        {
            get { return _reseedInterval; }

            set
            {
                if (value < 1)
                {
                    throw new ArgumentOutOfRangeException("value");
                }

                _reseedInterval = value;
            }
        }

        /// <summary>Fills the range with random bytes, splitting it into requests of at most 65,536 bytes.</summary>
        public void GetBytes(byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count, "buffer");
            while (count > 0)
            {
                int take = count < MaxBytesPerRequest ? count : MaxBytesPerRequest;
                Generate(buffer, offset, take, null, 0, 0);
                offset += take;
                count -= take;
            }
        }

        /// <summary>
        /// One generate request (section 10.1.2.5) of at most 65,536 bytes with optional additional
        /// input (may be null when empty). Reseeds from the TRNG first when the interval has expired.
        /// </summary>
        public void Generate(byte[] output, int offset, int count, byte[] additionalInput, int additionalOffset, int additionalLength)
        {
            Bounds.CheckBuffer(output, offset, count, "output");
            if (count > MaxBytesPerRequest)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            CheckOptional(additionalInput, additionalOffset, additionalLength, "additionalInput");
            lock (_sync)
            {
                ThrowIfCleared();

                // Step 1: a reseed is required once reseed_counter exceeds the interval.
                if (_reseedCounter > _reseedInterval)
                {
                    if (_trng == null)
                    {
                        throw new InvalidOperationException("reseed required");
                    }

                    _trng.GetBytes(_entropy, 0, EntropyLength);
                    ReseedLocked(_entropy, 0, EntropyLength, additionalInput, additionalOffset, additionalLength);
                    Array.Clear(_entropy, 0, EntropyLength);

                    // Step 6 of the reseed path: the additional input was consumed by the reseed.
                    additionalLength = 0;
                }

                if (additionalLength > 0)
                {
                    Update(additionalInput, additionalOffset, additionalLength, null, 0, 0, null, 0, 0);
                }

                // Step 4: V = HMAC(K, V), concatenated until enough bytes.
                _hmac.SetKey(_key, 0, OutLength);
                while (count > 0)
                {
                    _hmac.Append(_value, 0, OutLength);
                    _hmac.Finish(_value, 0);
                    int take = count < OutLength ? count : OutLength;
                    Array.Copy(_value, 0, output, offset, take);
                    offset += take;
                    count -= take;
                }

                Update(additionalInput, additionalOffset, additionalLength, null, 0, 0, null, 0, 0);
                _reseedCounter++;
            }
        }

        /// <summary>Reseeds (section 10.1.2.4) with at least 32 bytes of entropy input and optional additional input.</summary>
        public void Reseed(byte[] entropyInput, int entropyOffset, int entropyLength, byte[] additionalInput, int additionalOffset, int additionalLength)
        {
            CheckEntropy(entropyInput, entropyOffset, entropyLength);
            CheckOptional(additionalInput, additionalOffset, additionalLength, "additionalInput");
            lock (_sync)
            {
                ThrowIfCleared();
                ReseedLocked(entropyInput, entropyOffset, entropyLength, additionalInput, additionalOffset, additionalLength);
            }
        }

        /// <summary>Zeroises the working state (uninstantiate, section 9.4); later requests throw.</summary>
        public void Clear()
        {
            lock (_sync)
            {
                Array.Clear(_key, 0, OutLength);
                Array.Clear(_value, 0, OutLength);
                Array.Clear(_entropy, 0, _entropy.Length);
                _hmac.Clear();
                _reseedCounter = 0;
                _cleared = true;
            }
        }

        // Section 10.1.2.3: Key = 0x00...00, V = 0x01...01, update with entropy ‖ nonce ‖ personalisation.
        private void Instantiate(
            byte[] entropyInput, int entropyOffset, int entropyLength,
            byte[] nonce, int nonceOffset, int nonceLength,
            byte[] personalization, int personalizationOffset, int personalizationLength)
        {
            for (int i = 0; i < OutLength; i++)
            {
                _key[i] = 0x00;
                _value[i] = 0x01;
            }

            Update(entropyInput, entropyOffset, entropyLength, nonce, nonceOffset, nonceLength, personalization, personalizationOffset, personalizationLength);
            _reseedCounter = 1;
        }

        // Section 10.1.2.4: seed_material = entropy ‖ additional input.
        private void ReseedLocked(byte[] entropyInput, int entropyOffset, int entropyLength, byte[] additionalInput, int additionalOffset, int additionalLength)
        {
            Update(entropyInput, entropyOffset, entropyLength, additionalInput, additionalOffset, additionalLength, null, 0, 0);
            _reseedCounter = 1;
        }

        /// <summary>HMAC_DRBG_Update (section 10.1.2.2) with provided_data given as up to three concatenated ranges.</summary>
        private void Update(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength, byte[] c, int cOffset, int cLength)
        {
            bool provided = aLength + bLength + cLength > 0;
            for (byte round = 0; round < 2; round++)
            {
                if (round == 1 && !provided)
                {
                    return;
                }

                // K = HMAC(K, V ‖ round ‖ provided_data); V = HMAC(K, V).
                _hmac.SetKey(_key, 0, OutLength);
                _hmac.Append(_value, 0, OutLength);
                _separator[0] = round;
                _hmac.Append(_separator, 0, 1);
                AppendIfAny(a, aOffset, aLength);
                AppendIfAny(b, bOffset, bLength);
                AppendIfAny(c, cOffset, cLength);
                _hmac.Finish(_key, 0);

                _hmac.SetKey(_key, 0, OutLength);
                _hmac.Append(_value, 0, OutLength);
                _hmac.Finish(_value, 0);
            }
        }

        private void AppendIfAny(byte[] data, int offset, int count)
        {
            if (count > 0)
            {
                _hmac.Append(data, offset, count);
            }
        }

        private void ThrowIfCleared()
        {
            if (_cleared)
            {
                throw new InvalidOperationException("the generator was cleared");
            }
        }

        private static void CheckEntropy(byte[] entropyInput, int offset, int count)
        {
            Bounds.CheckBuffer(entropyInput, offset, count, "entropyInput");
            if (count < EntropyLength)
            {
                throw new ArgumentException("entropy input must be at least 32 bytes", "entropyInput");
            }
        }

        // An empty optional input may be passed as null.
        private static void CheckOptional(byte[] buffer, int offset, int count, string name)
        {
            if (buffer != null || count != 0)
            {
                Bounds.CheckBuffer(buffer, offset, count, name);
            }
        }
    }
}
