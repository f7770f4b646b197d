using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104, FIPS 198-1) over the managed <see cref="Sha256"/>. The keyed inner and
    /// outer states are computed once per key (constructor or SetKey), so each MAC afterwards costs
    /// the message blocks plus two compressions and allocates nothing. Call <see cref="Clear"/> when the key
    /// is no longer needed. Not thread-safe.
    /// </summary>
    public sealed class HmacSha256 : IMac, IRekeyableMac
    {
        /// <summary>MAC length in bytes.</summary>
        public const int HashSizeInBytes = Sha256.HashSizeInBytes;

        /// <inheritdoc/>
        public int MacLength
        {
            get { return HashSizeInBytes; }
        }

        private const int BlockSize = Sha256.BlockSizeInBytes;

        private readonly Sha256 _sha = new Sha256();
        private readonly uint[] _innerStart = new uint[8];
        private readonly uint[] _outerStart = new uint[8];
        private readonly byte[] _innerDigest = new byte[HashSizeInBytes];
        private readonly byte[] _pad = new byte[BlockSize];
        private bool _cleared;

        /// <summary>Creates a MAC keyed with the whole of <paramref name="key"/>.</summary>
        public HmacSha256(byte[] key)
            : this(key, 0, key == null ? 0 : key.Length)
        {
        }

        /// <summary>Creates a MAC keyed with <paramref name="count"/> bytes of <paramref name="key"/>.</summary>
        public HmacSha256(byte[] key, int offset, int count)
        {
            SetKey(key, offset, count);
        }

        /// <summary>
        /// Replaces the key (and discards appended data) without allocating, as HMAC_DRBG and
        /// RFC 6979 do at every step; a cleared instance becomes usable again.
        /// </summary>
        public void SetKey(byte[] key, int offset, int count)
        {
            Bounds.CheckBuffer(key, offset, count, "key");

            // RFC 2104 section 2: a key longer than the block is hashed first; K0 is the key zero-padded to the block.
            byte[] pad = _pad;
            Array.Clear(pad, 0, BlockSize);
            _sha.Initialize();
            if (count > BlockSize)
            {
                _sha.Append(key, offset, count);
                _sha.Finish(pad, 0);
            }
            else
            {
                Array.Copy(key, offset, pad, 0, count);
            }

            for (int i = 0; i < BlockSize; i++)
            {
                pad[i] ^= 0x36;
            }

            _sha.Initialize();
            _sha.Append(pad, 0, BlockSize);
            _sha.SaveState(_innerStart);
            _sha.Initialize();

            for (int i = 0; i < BlockSize; i++)
            {
                pad[i] ^= 0x36 ^ 0x5c;
            }

            _sha.Append(pad, 0, BlockSize);
            _sha.SaveState(_outerStart);
            Array.Clear(pad, 0, BlockSize);
            _cleared = false;
            Initialize();
        }

        /// <summary>Discards any data appended so far and starts a new MAC with the same key.</summary>
        public void Initialize()
        {
            ThrowIfCleared();
            _sha.LoadState(_innerStart, BlockSize);
        }

        /// <summary>Adds <paramref name="count"/> bytes of <paramref name="data"/> to the message.</summary>
        public void Append(byte[] data, int offset, int count)
        {
            ThrowIfCleared();
            _sha.Append(data, offset, count);
        }

        /// <summary>Writes the 32-byte MAC to <paramref name="output"/> at <paramref name="offset"/> and starts a new MAC.</summary>
        public void Finish(byte[] output, int offset)
        {
            ThrowIfCleared();
            Bounds.CheckBuffer(output, offset, HashSizeInBytes, "output");
            _sha.Finish(_innerDigest, 0);
            _sha.LoadState(_outerStart, BlockSize);
            _sha.Append(_innerDigest, 0, HashSizeInBytes);
            _sha.Finish(output, offset);
            Array.Clear(_innerDigest, 0, HashSizeInBytes);
            Initialize();
        }

        /// <summary>
        /// Wipes the keyed states. Any later use throws: with zeroed states the MAC would no
        /// longer depend on the key, so anyone could compute it.
        /// </summary>
        public void Clear()
        {
            Array.Clear(_innerStart, 0, 8);
            Array.Clear(_outerStart, 0, 8);
            _sha.Initialize();
            _cleared = true;
        }

        private void ThrowIfCleared()
        {
            if (_cleared)
            {
                throw new InvalidOperationException("the key was cleared");
            }
        }

        /// <summary>Computes HMAC-SHA256 of a whole array under a whole key.</summary>
        public static byte[] HashData(byte[] key, byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            byte[] mac = new byte[HashSizeInBytes];
            HmacSha256 hmac = new HmacSha256(key);
            hmac.Append(data, 0, data.Length);
            hmac.Finish(mac, 0);
            hmac.Clear();
            return mac;
        }
    }
}
