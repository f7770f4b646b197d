using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// GHASH (NIST SP 800-38D section 6.4) under one hash subkey H, with Shoup's 8-bit tables:
    /// the subkey's products with every byte value (4 KiB) are built once per key, so a block costs
    /// 16 lookups and byte shifts instead of 128 conditional shift-and-adds. Field elements are held
    /// as two big-endian 64-bit halves, so bit 0 of the spec's bit string (the x^0 coefficient) is
    /// the top bit of <c>hi</c>, and multiplying by x is a right shift (section 6.3). Allocates only
    /// in the constructor. Not thread-safe.
    /// </summary>
    internal sealed class Ghash
    {
        // Reduction of the byte shifted out by Z·x^8: bit j of that byte (coefficient of x^(135-j))
        // folds back as R = 11100001 || 0^120 shifted right by 7-j (section 6.3, R).
        private static readonly ulong[] Reduction = BuildReduction();

        private readonly ulong[] _productHi = new ulong[256];
        private readonly ulong[] _productLo = new ulong[256];
        private ulong _yHi;
        private ulong _yLo;

        /// <summary>Builds the tables for the subkey H = CIPH_K(0^128) given as 16 bytes.</summary>
        public Ghash(byte[] subkey, int offset)
        {
            ulong hi = Load64(subkey, offset);
            ulong lo = Load64(subkey, offset + 8);

            // Byte value b stands for the polynomial whose x^0 coefficient is its top bit, so 0x80 is 1.
            _productHi[0x80] = hi;
            _productLo[0x80] = lo;
            for (int i = 0x40; i > 0; i >>= 1)
            {
                bool carry = (lo & 1) != 0;
                lo = (lo >> 1) | (hi << 63);
                hi >>= 1;
                if (carry)
                {
                    hi ^= 0xE100000000000000UL;
                }

                _productHi[i] = hi;
                _productLo[i] = lo;
            }

            for (int i = 2; i < 256; i <<= 1)
            {
                for (int j = 1; j < i; j++)
                {
                    _productHi[i + j] = _productHi[i] ^ _productHi[j];
                    _productLo[i + j] = _productLo[i] ^ _productLo[j];
                }
            }
        }

        /// <summary>Starts a new hash: Y0 = 0^128.</summary>
        public void Reset()
        {
            _yHi = 0;
            _yLo = 0;
        }

        /// <summary>Absorbs <paramref name="count"/> bytes, the last partial block zero-padded (the 0^v and 0^u padding of section 7.1 step 5).</summary>
        public void UpdatePadded(byte[] data, int offset, int count)
        {
            while (count >= 16)
            {
                UpdateBlock(Load64(data, offset), Load64(data, offset + 8));
                offset += 16;
                count -= 16;
            }

            if (count > 0)
            {
                ulong hi = 0;
                ulong lo = 0;
                for (int i = 0; i < count; i++)
                {
                    if (i < 8)
                    {
                        hi |= (ulong)data[offset + i] << (56 - 8 * i);
                    }
                    else
                    {
                        lo |= (ulong)data[offset + i] << (120 - 8 * i);
                    }
                }

                UpdateBlock(hi, lo);
            }
        }

        /// <summary>Absorbs the final block len(A)‖len(C), both in bits (section 7.1 step 5).</summary>
        public void UpdateLengths(int associatedDataLength, int textLength)
        {
            UpdateBlock((ulong)associatedDataLength * 8, (ulong)textLength * 8);
        }

        /// <summary>Y = (Y xor X)·H for one block X given as big-endian halves (section 6.4 step 4).</summary>
        public void UpdateBlock(ulong xHi, ulong xLo)
        {
            ulong vHi = _yHi ^ xHi;
            ulong vLo = _yLo ^ xLo;
            ulong[] productHi = _productHi;
            ulong[] productLo = _productLo;
            ulong[] reduction = Reduction;

            // Horner's rule over the 16 bytes, last byte first: Z = Z·x^8 + b_i·H.
            int b = (int)(vLo & 0xff);
            ulong zHi = productHi[b];
            ulong zLo = productLo[b];
            for (int shift = 8; shift < 64; shift += 8)
            {
                int spill = (int)(zLo & 0xff);
                zLo = (zLo >> 8) | (zHi << 56);
                zHi = (zHi >> 8) ^ reduction[spill];
                b = (int)((vLo >> shift) & 0xff);
                zHi ^= productHi[b];
                zLo ^= productLo[b];
            }

            for (int shift = 0; shift < 64; shift += 8)
            {
                int spill = (int)(zLo & 0xff);
                zLo = (zLo >> 8) | (zHi << 56);
                zHi = (zHi >> 8) ^ reduction[spill];
                b = (int)((vHi >> shift) & 0xff);
                zHi ^= productHi[b];
                zLo ^= productLo[b];
            }

            _yHi = zHi;
            _yLo = zLo;
        }

        /// <summary>Writes the first <paramref name="count"/> bytes of Y xor <paramref name="mask"/> (section 7.1 step 6: T = MSB_t(GCTR(J0, S))).</summary>
        public void WriteMasked(byte[] mask, int maskOffset, byte[] output, int outputOffset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                ulong half = i < 8 ? _yHi : _yLo;
                output[outputOffset + i] = (byte)((byte)(half >> (56 - 8 * (i & 7))) ^ mask[maskOffset + i]);
            }
        }

        /// <summary>Zeroises the subkey tables and the running hash; the instance is unusable afterwards.</summary>
        public void Clear()
        {
            Array.Clear(_productHi, 0, 256);
            Array.Clear(_productLo, 0, 256);
            Reset();
        }

        /// <summary>Big-endian 64-bit load.</summary>
        public static ulong Load64(byte[] buffer, int offset)
        {
            return ((ulong)buffer[offset] << 56) | ((ulong)buffer[offset + 1] << 48) | ((ulong)buffer[offset + 2] << 40)
                | ((ulong)buffer[offset + 3] << 32) | ((ulong)buffer[offset + 4] << 24) | ((ulong)buffer[offset + 5] << 16)
                | ((ulong)buffer[offset + 6] << 8) | buffer[offset + 7];
        }

        /// <summary>Big-endian 64-bit store.</summary>
        public static void Store64(ulong value, byte[] buffer, int offset)
        {
            buffer[offset] = (byte)(value >> 56);
            buffer[offset + 1] = (byte)(value >> 48);
            buffer[offset + 2] = (byte)(value >> 40);
            buffer[offset + 3] = (byte)(value >> 32);
            buffer[offset + 4] = (byte)(value >> 24);
            buffer[offset + 5] = (byte)(value >> 16);
            buffer[offset + 6] = (byte)(value >> 8);
            buffer[offset + 7] = (byte)value;
        }

        private static ulong[] BuildReduction()
        {
            ulong[] table = new ulong[256];
            for (int b = 0; b < 256; b++)
            {
                ulong r = 0;
                for (int j = 0; j < 8; j++)
                {
                    if ((b & (1 << j)) != 0)
                    {
                        r ^= 0xE100000000000000UL >> (7 - j);
                    }
                }

                table[b] = r;
            }

            return table;
        }
    }
}
