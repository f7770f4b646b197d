using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// SHA-256 (FIPS 180-4, sections 5.1.1, 5.3.3 and 6.2), managed and streaming. The device's
    /// System.Security.Cryptography has no SHA256 class, so this is the portable implementation.
    /// An instance allocates its working buffers once; <see cref="Append"/> and
    /// <see cref="Finish"/> allocate nothing, so one instance can hash on a hot path. Not thread-safe.
    /// </summary>
    public sealed class Sha256 : IHash
    {
        /// <summary>Digest length in bytes.</summary>
        public const int HashSizeInBytes = 32;

        /// <summary>Compression-function block length in bytes.</summary>
        public const int BlockSizeInBytes = 64;

        // FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] K =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _pending = new byte[BlockSizeInBytes];
        private int _pendingCount;
        private long _totalBytes;

        /// <inheritdoc/>
        public int HashLength
        {
            get { return HashSizeInBytes; }
        }

        /// <summary>Creates a hash ready to accept data.</summary>
        public Sha256()
        {
            Initialize();
        }

        /// <summary>Discards any data appended so far and starts a new hash.</summary>
        public void Initialize()
        {
            // FIPS 180-4 section 5.3.3: initial hash value H(0).
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
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
        /// Pads the message (FIPS 180-4 section 5.1.1), writes the 32-byte digest to
        /// <paramref name="output"/> at <paramref name="offset"/> and starts a new hash.
        /// </summary>
        public void Finish(byte[] output, int offset)
        {
            Bounds.CheckBuffer(output, offset, HashSizeInBytes, "output");
            long bitLength = _totalBytes * 8;

            _pending[_pendingCount++] = 0x80;
            if (_pendingCount > BlockSizeInBytes - 8)
            {
                Array.Clear(_pending, _pendingCount, BlockSizeInBytes - _pendingCount);
                Compress(_pending, 0);
                _pendingCount = 0;
            }

            Array.Clear(_pending, _pendingCount, BlockSizeInBytes - 8 - _pendingCount);
            for (int i = 0; i < 8; i++)
            {
                _pending[BlockSizeInBytes - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(_pending, 0);
            for (int i = 0; i < 8; i++)
            {
                WriteBigEndian(_state[i], output, offset + 4 * i);
            }

            Initialize();
        }

        /// <summary>Computes the SHA-256 digest of a whole array.</summary>
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

        /// <summary>Computes the SHA-256 digest of a range into <paramref name="output"/> at <paramref name="outputOffset"/>.</summary>
        public static void HashData(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Sha256 sha = new Sha256();
            sha.Append(data, offset, count);
            sha.Finish(output, outputOffset);
        }

        /// <summary>
        /// Copies the chaining value out. Only valid on a block boundary; HMAC uses it to
        /// precompute its keyed inner and outer states once per key (RFC 2104 section 4 note).
        /// </summary>
        internal void SaveState(uint[] chainingValue)
        {
            if (_pendingCount != 0)
            {
                throw new InvalidOperationException("state can only be saved on a block boundary");
            }

            Array.Copy(_state, chainingValue, 8);
        }

        /// <summary>Restarts from a saved chaining value as if <paramref name="bytesProcessed"/> bytes had been appended.</summary>
        internal void LoadState(uint[] chainingValue, long bytesProcessed)
        {
            Array.Copy(chainingValue, _state, 8);
            _pendingCount = 0;
            _totalBytes = bytesProcessed;
        }

        private static void WriteBigEndian(uint value, byte[] output, int offset)
        {
            output[offset] = (byte)(value >> 24);
            output[offset + 1] = (byte)(value >> 16);
            output[offset + 2] = (byte)(value >> 8);
            output[offset + 3] = (byte)value;
        }

        // FIPS 180-4 section 6.2.2: one application of the compression function to a 512-bit block.
        private void Compress(byte[] block, int offset)
        {
            uint[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int i = offset + 4 * t;
                w[t] = ((uint)block[i] << 24) | ((uint)block[i + 1] << 16) | ((uint)block[i + 2] << 8) | block[i + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint x = w[t - 15];
                uint y = w[t - 2];
                uint sigma0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                uint sigma1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                w[t] = sigma1 + w[t - 7] + sigma0 + w[t - 16];
            }

            uint a = _state[0];
            uint b = _state[1];
            uint c = _state[2];
            uint d = _state[3];
            uint e = _state[4];
            uint f = _state[5];
            uint g = _state[6];
            uint h = _state[7];

            // Eight rounds per pass with the working variables renamed instead of shifted: round t
            // adds T1 into the variable playing h (which becomes the new a) and into d (the new e).
            // Sigma1, Ch, Sigma0 and Maj are written out: a call costs more than its body on the device.
            uint[] k = K;
            for (int t = 0; t < 64; t += 8)
            {
                h += (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + k[t] + w[t];
                d += h;
                h += (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) + ((a & b) | (c & (a | b)));

                g += (((d >> 6) | (d << 26)) ^ ((d >> 11) | (d << 21)) ^ ((d >> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + k[t + 1] + w[t + 1];
                c += g;
                g += (((h >> 2) | (h << 30)) ^ ((h >> 13) | (h << 19)) ^ ((h >> 22) | (h << 10))) + ((h & a) | (b & (h | a)));

                f += (((c >> 6) | (c << 26)) ^ ((c >> 11) | (c << 21)) ^ ((c >> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + k[t + 2] + w[t + 2];
                b += f;
                f += (((g >> 2) | (g << 30)) ^ ((g >> 13) | (g << 19)) ^ ((g >> 22) | (g << 10))) + ((g & h) | (a & (g | h)));

                e += (((b >> 6) | (b << 26)) ^ ((b >> 11) | (b << 21)) ^ ((b >> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + k[t + 3] + w[t + 3];
                a += e;
                e += (((f >> 2) | (f << 30)) ^ ((f >> 13) | (f << 19)) ^ ((f >> 22) | (f << 10))) + ((f & g) | (h & (f | g)));

                d += (((a >> 6) | (a << 26)) ^ ((a >> 11) | (a << 21)) ^ ((a >> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + k[t + 4] + w[t + 4];
                h += d;
                d += (((e >> 2) | (e << 30)) ^ ((e >> 13) | (e << 19)) ^ ((e >> 22) | (e << 10))) + ((e & f) | (g & (e | f)));

                c += (((h >> 6) | (h << 26)) ^ ((h >> 11) | (h << 21)) ^ ((h >> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + k[t + 5] + w[t + 5];
                g += c;
                c += (((d >> 2) | (d << 30)) ^ ((d >> 13) | (d << 19)) ^ ((d >> 22) | (d << 10))) + ((d & e) | (f & (d | e)));

                b += (((g >> 6) | (g << 26)) ^ ((g >> 11) | (g << 21)) ^ ((g >> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + k[t + 6] + w[t + 6];
                f += b;
                b += (((c >> 2) | (c << 30)) ^ ((c >> 13) | (c << 19)) ^ ((c >> 22) | (c << 10))) + ((c & d) | (e & (c | d)));

                a += (((f >> 6) | (f << 26)) ^ ((f >> 11) | (f << 21)) ^ ((f >> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + k[t + 7] + w[t + 7];
                e += a;
                a += (((b >> 2) | (b << 30)) ^ ((b >> 13) | (b << 19)) ^ ((b >> 22) | (b << 10))) + ((b & c) | (d & (b | c)));
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
