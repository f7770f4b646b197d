using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// SHA-384 (FIPS 180-4, sections 5.1.2, 5.3.4 and 6.5): the SHA-512 compression on 64-bit
    /// words with its own initial value, truncated to 384 bits; managed and streaming, for DLMS
    /// security suite 2 (ECDSA P-384) where the device has no native SHA-384.
    /// An instance allocates its working buffers once; <see cref="Append"/> and
    /// <see cref="Finish"/> allocate nothing, so one instance can hash on a hot path. Not thread-safe.
    /// </summary>
    public sealed class Sha384 : IHash
    {
        /// <summary>Digest length in bytes.</summary>
        public const int HashSizeInBytes = 48;

        /// <summary>Compression-function block length in bytes.</summary>
        public const int BlockSizeInBytes = 128;

        // FIPS 180-4 section 4.2.3: the first 64 bits of the fractional parts of the cube roots of the first 80 primes.
        private static readonly ulong[] K =
        {
            0x428a2f98d728ae22UL, 0x7137449123ef65cdUL, 0xb5c0fbcfec4d3b2fUL, 0xe9b5dba58189dbbcUL,
            0x3956c25bf348b538UL, 0x59f111f1b605d019UL, 0x923f82a4af194f9bUL, 0xab1c5ed5da6d8118UL,
            0xd807aa98a3030242UL, 0x12835b0145706fbeUL, 0x243185be4ee4b28cUL, 0x550c7dc3d5ffb4e2UL,
            0x72be5d74f27b896fUL, 0x80deb1fe3b1696b1UL, 0x9bdc06a725c71235UL, 0xc19bf174cf692694UL,
            0xe49b69c19ef14ad2UL, 0xefbe4786384f25e3UL, 0x0fc19dc68b8cd5b5UL, 0x240ca1cc77ac9c65UL,
            0x2de92c6f592b0275UL, 0x4a7484aa6ea6e483UL, 0x5cb0a9dcbd41fbd4UL, 0x76f988da831153b5UL,
            0x983e5152ee66dfabUL, 0xa831c66d2db43210UL, 0xb00327c898fb213fUL, 0xbf597fc7beef0ee4UL,
            0xc6e00bf33da88fc2UL, 0xd5a79147930aa725UL, 0x06ca6351e003826fUL, 0x142929670a0e6e70UL,
            0x27b70a8546d22ffcUL, 0x2e1b21385c26c926UL, 0x4d2c6dfc5ac42aedUL, 0x53380d139d95b3dfUL,
            0x650a73548baf63deUL, 0x766a0abb3c77b2a8UL, 0x81c2c92e47edaee6UL, 0x92722c851482353bUL,
            0xa2bfe8a14cf10364UL, 0xa81a664bbc423001UL, 0xc24b8b70d0f89791UL, 0xc76c51a30654be30UL,
            0xd192e819d6ef5218UL, 0xd69906245565a910UL, 0xf40e35855771202aUL, 0x106aa07032bbd1b8UL,
            0x19a4c116b8d2d0c8UL, 0x1e376c085141ab53UL, 0x2748774cdf8eeb99UL, 0x34b0bcb5e19b48a8UL,
            0x391c0cb3c5c95a63UL, 0x4ed8aa4ae3418acbUL, 0x5b9cca4f7763e373UL, 0x682e6ff3d6b2b8a3UL,
            0x748f82ee5defb2fcUL, 0x78a5636f43172f60UL, 0x84c87814a1f0ab72UL, 0x8cc702081a6439ecUL,
            0x90befffa23631e28UL, 0xa4506cebde82bde9UL, 0xbef9a3f7b2c67915UL, 0xc67178f2e372532bUL,
            0xca273eceea26619cUL, 0xd186b8c721c0c207UL, 0xeada7dd6cde0eb1eUL, 0xf57d4f7fee6ed178UL,
            0x06f067aa72176fbaUL, 0x0a637dc5a2c898a6UL, 0x113f9804bef90daeUL, 0x1b710b35131c471bUL,
            0x28db77f523047d84UL, 0x32caab7b40c72493UL, 0x3c9ebe0a15c9bebcUL, 0x431d67c49c100d4cUL,
            0x4cc5d4becb3e42b6UL, 0x597f299cfc657e2aUL, 0x5fcb6fab3ad6faecUL, 0x6c44198c4a475817UL,
        };

        private readonly ulong[] _state = new ulong[8];
        private readonly ulong[] _schedule = new ulong[80];
        private readonly byte[] _pending = new byte[BlockSizeInBytes];
        private int _pendingCount;
        private long _totalBytes;

        /// <inheritdoc/>
        public int HashLength
        {
            get { return HashSizeInBytes; }
        }

        /// <summary>Creates a hash ready to accept data.</summary>
        public Sha384()
        {
            Initialize();
        }

        /// <summary>Discards any data appended so far and starts a new hash.</summary>
        public void Initialize()
        {
            // FIPS 180-4 section 5.3.4: initial hash value H(0) for SHA-384.
            _state[0] = 0xcbbb9d5dc1059ed8UL;
            _state[1] = 0x629a292a367cd507UL;
            _state[2] = 0x9159015a3070dd17UL;
            _state[3] = 0x152fecd8f70e5939UL;
            _state[4] = 0x67332667ffc00b31UL;
            _state[5] = 0x8eb44a8768581511UL;
            _state[6] = 0xdb0c2e0d64f98fa7UL;
            _state[7] = 0x47b5481dbefa4fa4UL;
            _pendingCount = 0;
            _totalBytes = 0;
            Array.Clear(_pending, 0, BlockSizeInBytes);
        }

        /// <summary>Adds <paramref name="count"/> bytes of <paramref name="data"/> to the message.</summary>
        public void Append(byte[] data, int offset, int count)
        {
            Bounds.CheckBuffer(data, offset, count, "data");
            _totalBytes += count;

            if (_pendingCount > 0)
            {
                int take = BlockSizeInBytes - _pendingCount;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, _pending, _pendingCount, take);
                _pendingCount += take;
                offset += take;
                count -= take;
                if (_pendingCount < BlockSizeInBytes)
                {
                    return;
                }

                Compress(_pending, 0);
                _pendingCount = 0;
            }

            while (count >= BlockSizeInBytes)
            {
                Compress(data, offset);
                offset += BlockSizeInBytes;
                count -= BlockSizeInBytes;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, _pending, 0, count);
                _pendingCount = count;
            }
        }

        /// <summary>
        /// Pads the message (FIPS 180-4 section 5.1.2), writes the 48-byte digest to
        /// <paramref name="output"/> at <paramref name="offset"/> and starts a new hash.
        /// </summary>
        public void Finish(byte[] output, int offset)
        {
            Bounds.CheckBuffer(output, offset, HashSizeInBytes, "output");
            long bitLength = _totalBytes * 8;

            _pending[_pendingCount++] = 0x80;
            if (_pendingCount > BlockSizeInBytes - 16)
            {
                Array.Clear(_pending, _pendingCount, BlockSizeInBytes - _pendingCount);
                Compress(_pending, 0);
                _pendingCount = 0;
            }

            // The 128-bit length field: a long byte count needs at most 67 bits of bit count.
            Array.Clear(_pending, _pendingCount, BlockSizeInBytes - 8 - _pendingCount);
            _pending[BlockSizeInBytes - 9] = (byte)((ulong)_totalBytes >> 61);
            for (int i = 0; i < 8; i++)
            {
                _pending[BlockSizeInBytes - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(_pending, 0);
            for (int i = 0; i < 6; i++)
            {
                WriteBigEndian(_state[i], output, offset + 8 * i);
            }

            Initialize();
        }

        /// <summary>Computes the SHA-384 digest of a whole array.</summary>
        public static byte[] HashData(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            byte[] digest = new byte[HashSizeInBytes];
            HashData(data, 0, data.Length, digest, 0);
            return digest;
        }

        /// <summary>Computes the SHA-384 digest of a range into <paramref name="output"/> at <paramref name="outputOffset"/>.</summary>
        public static void HashData(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Sha384 sha = new Sha384();
            sha.Append(data, offset, count);
            sha.Finish(output, outputOffset);
        }

        /// <summary>
        /// Copies the chaining value out. Only valid on a block boundary; HMAC uses it to
        /// precompute its keyed inner and outer states once per key (RFC 2104 section 4 note).
        /// </summary>
        internal void SaveState(ulong[] chainingValue)
        {
            if (_pendingCount != 0)
            {
                throw new InvalidOperationException("state can only be saved on a block boundary");
            }

            Array.Copy(_state, chainingValue, 8);
        }

        /// <summary>Restarts from a saved chaining value as if <paramref name="bytesProcessed"/> bytes had been appended.</summary>
        internal void LoadState(ulong[] chainingValue, long bytesProcessed)
        {
            Array.Copy(chainingValue, _state, 8);
            _pendingCount = 0;
            _totalBytes = bytesProcessed;
        }

        private static void WriteBigEndian(ulong value, byte[] output, int offset)
        {
            for (int i = 0; i < 8; i++)
            {
                output[offset + i] = (byte)(value >> (56 - 8 * i));
            }
        }

        // FIPS 180-4 section 6.4.2: one application of the SHA-512 compression function to a 1024-bit block.
        private void Compress(byte[] block, int offset)
        {
            ulong[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int i = offset + 8 * t;
                uint high = ((uint)block[i] << 24) | ((uint)block[i + 1] << 16) | ((uint)block[i + 2] << 8) | block[i + 3];
                uint low = ((uint)block[i + 4] << 24) | ((uint)block[i + 5] << 16) | ((uint)block[i + 6] << 8) | block[i + 7];
                w[t] = ((ulong)high << 32) | low;
            }

            for (int t = 16; t < 80; t++)
            {
                ulong x = w[t - 15];
                ulong y = w[t - 2];
                ulong sigma0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7);
                ulong sigma1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6);
                w[t] = sigma1 + w[t - 7] + sigma0 + w[t - 16];
            }

            ulong a = _state[0];
            ulong b = _state[1];
            ulong c = _state[2];
            ulong d = _state[3];
            ulong e = _state[4];
            ulong f = _state[5];
            ulong g = _state[6];
            ulong h = _state[7];

            for (int t = 0; t < 80; t++)
            {
                ulong bigSigma1 = ((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23));
                ulong choose = (e & f) ^ (~e & g);
                ulong t1 = h + bigSigma1 + choose + K[t] + w[t];
                ulong bigSigma0 = ((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25));
                ulong majority = (a & b) ^ (a & c) ^ (b & c);
                ulong t2 = bigSigma0 + majority;
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            _state[0] += a;
            _state[1] += b;
            _state[2] += c;
            _state[3] += d;
            _state[4] += e;
            _state[5] += f;
            _state[6] += g;
            _state[7] += h;
        }
    }
}
