using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// AES key wrap (RFC 3394 section 2.2, NIST SP 800-38F KW) with the default initial value
    /// A6A6A6A6A6A6A6A6 (section 2.2.3.1), over any <see cref="IAesEngine"/> holding the KEK.
    /// Key data is n 64-bit blocks with 2 &lt;= n &lt;= 64 (RFC 3394 section 2: n >= 2; the upper
    /// bound keeps the working buffer small and covers any key a meter holds). Wrap allocates
    /// nothing; Unwrap keeps its intermediate R blocks in a buffer allocated once at the first
    /// size it needs (grown, never shrunk), because on an integrity failure it must write nothing
    /// to the caller's output. One block per engine call: the 6n steps are sequential by design.
    /// Not thread-safe.
    /// </summary>
    public sealed class AesKeyWrap
    {
        /// <summary>Smallest key data accepted, in bytes (two semiblocks).</summary>
        public const int MinKeyDataLength = 16;

        /// <summary>Largest key data accepted, in bytes (64 semiblocks).</summary>
        public const int MaxKeyDataLength = 512;

        /// <summary>Wrapped data is the key data plus this many bytes (the integrity register A).</summary>
        public const int Overhead = 8;

        private const int Semiblock = 8;

        // RFC 3394 section 2.2.3.1.
        private static readonly byte[] DefaultIv = { 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6 };

        private readonly IAesEngine _kek;
        private readonly byte[] _block = new byte[16];
        private byte[] _registers;

        /// <summary>Uses <paramref name="kek"/>, already keyed with the key-encryption key, and owns it from now on (<see cref="Clear"/> clears it).</summary>
        public AesKeyWrap(IAesEngine kek)
        {
            if (kek == null)
            {
                throw new ArgumentNullException("kek");
            }

            _kek = kek;
        }

        /// <summary>
        /// Wraps <paramref name="count"/> bytes of key data (a multiple of 8, 16 to 512) into
        /// <paramref name="count"/> + 8 bytes of <paramref name="output"/> (RFC 3394 section 2.2.1,
        /// index-based form). Throws <see cref="ArgumentException"/> for any other length. The key
        /// data is copied into the output first, so the regions may overlap.
        /// </summary>
        public void Wrap(byte[] keyData, int offset, int count, byte[] output, int outputOffset)
        {
            if (!IsKeyDataLength(count))
            {
                throw new ArgumentOutOfRangeException("count", "key data must be 16 to 512 bytes in whole 8-byte blocks");
            }

            Bounds.CheckBuffer(keyData, offset, count, "keyData");
            Bounds.CheckBuffer(output, outputOffset, count + Overhead, "output");

            // R[1..n] live in the output after A; A lives in the first half of the cipher block.
            Array.Copy(keyData, offset, output, outputOffset + Semiblock, count);
            Array.Copy(DefaultIv, 0, _block, 0, Semiblock);
            int n = count / Semiblock;
            int t = 1;
            for (int j = 0; j < 6; j++)
            {
                for (int i = 1; i <= n; i++, t++)
                {
                    // B = AES(K, A | R[i]); A = MSB(64, B) ^ t; R[i] = LSB(64, B).
                    int r = outputOffset + Semiblock * i;
                    Array.Copy(output, r, _block, Semiblock, Semiblock);
                    _kek.EncryptBlocks(_block, 0, _block, 0, 1);
                    XorCounter(t);
                    Array.Copy(_block, Semiblock, output, r, Semiblock);
                }
            }

            Array.Copy(_block, 0, output, outputOffset, Semiblock);
            Array.Clear(_block, 0, _block.Length);
        }

        /// <summary>
        /// Unwraps <paramref name="count"/> bytes (key data length + 8) into <paramref name="count"/> - 8
        /// bytes of <paramref name="output"/> (RFC 3394 section 2.2.2). Returns false, writing nothing,
        /// when the length is not a wrapped length this class produces or the integrity check
        /// (section 2.2.3, compared in constant time) fails. The regions may overlap.
        /// </summary>
        public bool Unwrap(byte[] wrapped, int offset, int count, byte[] output, int outputOffset)
        {
            Bounds.CheckBuffer(wrapped, offset, count, "wrapped");
            if (!IsKeyDataLength(count - Overhead))
            {
                return false;
            }

            int length = count - Overhead;
            Bounds.CheckBuffer(output, outputOffset, length, "output");
            if (_registers == null || _registers.Length < length)
            {
                _registers = new byte[length];
            }

            byte[] registers = _registers;
            Array.Copy(wrapped, offset, _block, 0, Semiblock);
            Array.Copy(wrapped, offset + Semiblock, registers, 0, length);
            int n = length / Semiblock;
            int t = 6 * n;
            for (int j = 5; j >= 0; j--)
            {
                for (int i = n; i >= 1; i--, t--)
                {
                    // B = AES-1(K, (A ^ t) | R[i]); A = MSB(64, B); R[i] = LSB(64, B).
                    int r = Semiblock * (i - 1);
                    XorCounter(t);
                    Array.Copy(registers, r, _block, Semiblock, Semiblock);
                    _kek.DecryptBlocks(_block, 0, _block, 0, 1);
                    Array.Copy(_block, Semiblock, registers, r, Semiblock);
                }
            }

            bool valid = ConstantTime.FixedTimeEquals(_block, 0, DefaultIv, 0, Semiblock);
            if (valid)
            {
                Array.Copy(registers, 0, output, outputOffset, length);
            }

            Array.Clear(registers, 0, length);
            Array.Clear(_block, 0, _block.Length);
            return valid;
        }

        /// <summary>Zeroises the KEK's key schedule and the working buffers; later calls fail in the engine.</summary>
        public void Clear()
        {
            _kek.Clear();
            Array.Clear(_block, 0, _block.Length);
            if (_registers != null)
            {
                Array.Clear(_registers, 0, _registers.Length);
            }
        }

        private static bool IsKeyDataLength(int count)
        {
            return count >= MinKeyDataLength && count <= MaxKeyDataLength && count % Semiblock == 0;
        }

        // A ^= t, with t as a 64-bit big-endian integer (t < 2^31 here).
        private void XorCounter(int t)
        {
            _block[4] ^= (byte)(t >> 24);
            _block[5] ^= (byte)(t >> 16);
            _block[6] ^= (byte)(t >> 8);
            _block[7] ^= (byte)t;
        }
    }
}
