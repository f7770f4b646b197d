using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// AES-128/192/256 (FIPS 197) in managed code: the fallback <see cref="IAesEngine"/> for boards
    /// without native AES, the virtual board and tests. Table-driven (<see cref="AesTables"/>);
    /// the key schedules for encryption and for the equivalent inverse cipher (FIPS 197
    /// section 5.3.5) are expanded once in the constructor, and block calls allocate nothing.
    /// Table lookups are indexed by secret data, so this is not hardened against cache-timing
    /// attacks; on the target MCUs (no data cache in front of flash/SRAM tables, or a board AES)
    /// that is the accepted trade-off. Not thread-safe.
    /// </summary>
    public sealed class ManagedAes : IAesEngine
    {
        /// <summary>AES block length in bytes.</summary>
        public const int BlockSizeInBytes = 16;

        // FIPS 197 section 5.2: Rcon[i] = x^(i-1) in GF(2^8), in the high byte of the word.
        private static readonly uint[] RoundConstants =
        {
            0x01000000, 0x02000000, 0x04000000, 0x08000000, 0x10000000,
            0x20000000, 0x40000000, 0x80000000, 0x1b000000, 0x36000000,
        };

        private readonly uint[] _encryptionKeys;
        private readonly uint[] _decryptionKeys;
        private readonly int _keySize;
        private int _rounds;

        /// <summary>
        /// Expands <paramref name="count"/> bytes of <paramref name="key"/>: 16 (AES-128), 24 (AES-192) or 32 (AES-256).
        /// </summary>
        public ManagedAes(byte[] key, int offset, int count)
        {
            Bounds.CheckBuffer(key, offset, count, "key");
            if (count != 16 && count != 24 && count != 32)
            {
                throw new ArgumentException("AES keys are 16, 24 or 32 bytes", "count");
            }

            _keySize = count;
            _rounds = count / 4 + 6;
            _encryptionKeys = new uint[4 * (_rounds + 1)];
            _decryptionKeys = new uint[4 * (_rounds + 1)];
            ExpandKey(key, offset, count / 4);
            InvertKey();
        }

        /// <inheritdoc/>
        public int KeySizeInBytes
        {
            get { return _keySize; }
        }

        /// <inheritdoc/>
        public void EncryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            CheckBlocks(input, inputOffset, output, outputOffset, blockCount);
            for (int i = 0; i < blockCount; i++)
            {
                EncryptBlock(input, inputOffset + BlockSizeInBytes * i, output, outputOffset + BlockSizeInBytes * i);
            }
        }

        /// <inheritdoc/>
        public void DecryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            CheckBlocks(input, inputOffset, output, outputOffset, blockCount);
            for (int i = 0; i < blockCount; i++)
            {
                DecryptBlock(input, inputOffset + BlockSizeInBytes * i, output, outputOffset + BlockSizeInBytes * i);
            }
        }

        /// <summary>Zeroises both key schedules; any later block call throws.</summary>
        public void Clear()
        {
            Array.Clear(_encryptionKeys, 0, _encryptionKeys.Length);
            Array.Clear(_decryptionKeys, 0, _decryptionKeys.Length);
            _rounds = 0;
        }

        private void CheckBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            if (_rounds == 0)
            {
                throw new InvalidOperationException("the key was cleared");
            }

            if (blockCount < 0 || blockCount > int.MaxValue / BlockSizeInBytes)
            {
                throw new ArgumentOutOfRangeException("blockCount");
            }

            Bounds.CheckBuffer(input, inputOffset, blockCount * BlockSizeInBytes, "input");
            Bounds.CheckBuffer(output, outputOffset, blockCount * BlockSizeInBytes, "output");
        }

        // FIPS 197 section 5.2, Figure 11.
        private void ExpandKey(byte[] key, int offset, int nk)
        {
            uint[] w = _encryptionKeys;
            byte[] sbox = AesTables.SBox;
            for (int i = 0; i < nk; i++)
            {
                w[i] = Load(key, offset + 4 * i);
            }

            for (int i = nk; i < w.Length; i++)
            {
                uint temp = w[i - 1];
                if (i % nk == 0)
                {
                    // SubWord(RotWord(temp)) xor Rcon[i/Nk].
                    temp = ((uint)sbox[(temp >> 16) & 0xff] << 24) | ((uint)sbox[(temp >> 8) & 0xff] << 16)
                        | ((uint)sbox[temp & 0xff] << 8) | sbox[temp >> 24];
                    temp ^= RoundConstants[i / nk - 1];
                }
                else if (nk > 6 && i % nk == 4)
                {
                    temp = ((uint)sbox[temp >> 24] << 24) | ((uint)sbox[(temp >> 16) & 0xff] << 16)
                        | ((uint)sbox[(temp >> 8) & 0xff] << 8) | sbox[temp & 0xff];
                }

                w[i] = w[i - nk] ^ temp;
            }
        }

        // FIPS 197 section 5.3.5: the equivalent inverse cipher uses the round keys in reverse order,
        // with InvMixColumns applied to all but the first and last. Td[S[b]] is InvMixColumns of byte b alone.
        private void InvertKey()
        {
            uint[] ek = _encryptionKeys;
            uint[] dk = _decryptionKeys;
            byte[] sbox = AesTables.SBox;
            int last = 4 * _rounds;
            for (int round = 0; round <= _rounds; round++)
            {
                for (int c = 0; c < 4; c++)
                {
                    uint k = ek[last - 4 * round + c];
                    if (round > 0 && round < _rounds)
                    {
                        k = AesTables.Td0[sbox[k >> 24]] ^ AesTables.Td1[sbox[(k >> 16) & 0xff]]
                            ^ AesTables.Td2[sbox[(k >> 8) & 0xff]] ^ AesTables.Td3[sbox[k & 0xff]];
                    }

                    dk[4 * round + c] = k;
                }
            }
        }

        // FIPS 197 section 5.1 with SubBytes, ShiftRows and MixColumns merged into the Te tables.
        private void EncryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            uint[] rk = _encryptionKeys;
            uint[] te0 = AesTables.Te0;
            uint[] te1 = AesTables.Te1;
            uint[] te2 = AesTables.Te2;
            uint[] te3 = AesTables.Te3;

            uint s0 = Load(input, inputOffset) ^ rk[0];
            uint s1 = Load(input, inputOffset + 4) ^ rk[1];
            uint s2 = Load(input, inputOffset + 8) ^ rk[2];
            uint s3 = Load(input, inputOffset + 12) ^ rk[3];

            int k = 4;
            for (int round = 1; round < _rounds; round++)
            {
                uint t0 = te0[s0 >> 24] ^ te1[(s1 >> 16) & 0xff] ^ te2[(s2 >> 8) & 0xff] ^ te3[s3 & 0xff] ^ rk[k];
                uint t1 = te0[s1 >> 24] ^ te1[(s2 >> 16) & 0xff] ^ te2[(s3 >> 8) & 0xff] ^ te3[s0 & 0xff] ^ rk[k + 1];
                uint t2 = te0[s2 >> 24] ^ te1[(s3 >> 16) & 0xff] ^ te2[(s0 >> 8) & 0xff] ^ te3[s1 & 0xff] ^ rk[k + 2];
                uint t3 = te0[s3 >> 24] ^ te1[(s0 >> 16) & 0xff] ^ te2[(s1 >> 8) & 0xff] ^ te3[s2 & 0xff] ^ rk[k + 3];
                s0 = t0;
                s1 = t1;
                s2 = t2;
                s3 = t3;
                k += 4;
            }

            // Final round: no MixColumns.
            byte[] s = AesTables.SBox;
            Store(((uint)s[s0 >> 24] << 24 | (uint)s[(s1 >> 16) & 0xff] << 16 | (uint)s[(s2 >> 8) & 0xff] << 8 | s[s3 & 0xff]) ^ rk[k], output, outputOffset);
            Store(((uint)s[s1 >> 24] << 24 | (uint)s[(s2 >> 16) & 0xff] << 16 | (uint)s[(s3 >> 8) & 0xff] << 8 | s[s0 & 0xff]) ^ rk[k + 1], output, outputOffset + 4);
            Store(((uint)s[s2 >> 24] << 24 | (uint)s[(s3 >> 16) & 0xff] << 16 | (uint)s[(s0 >> 8) & 0xff] << 8 | s[s1 & 0xff]) ^ rk[k + 2], output, outputOffset + 8);
            Store(((uint)s[s3 >> 24] << 24 | (uint)s[(s0 >> 16) & 0xff] << 16 | (uint)s[(s1 >> 8) & 0xff] << 8 | s[s2 & 0xff]) ^ rk[k + 3], output, outputOffset + 12);
        }

        // FIPS 197 section 5.3.5 (equivalent inverse cipher) with the Td tables.
        private void DecryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            uint[] rk = _decryptionKeys;
            uint[] td0 = AesTables.Td0;
            uint[] td1 = AesTables.Td1;
            uint[] td2 = AesTables.Td2;
            uint[] td3 = AesTables.Td3;

            uint s0 = Load(input, inputOffset) ^ rk[0];
            uint s1 = Load(input, inputOffset + 4) ^ rk[1];
            uint s2 = Load(input, inputOffset + 8) ^ rk[2];
            uint s3 = Load(input, inputOffset + 12) ^ rk[3];

            int k = 4;
            for (int round = 1; round < _rounds; round++)
            {
                uint t0 = td0[s0 >> 24] ^ td1[(s3 >> 16) & 0xff] ^ td2[(s2 >> 8) & 0xff] ^ td3[s1 & 0xff] ^ rk[k];
                uint t1 = td0[s1 >> 24] ^ td1[(s0 >> 16) & 0xff] ^ td2[(s3 >> 8) & 0xff] ^ td3[s2 & 0xff] ^ rk[k + 1];
                uint t2 = td0[s2 >> 24] ^ td1[(s1 >> 16) & 0xff] ^ td2[(s0 >> 8) & 0xff] ^ td3[s3 & 0xff] ^ rk[k + 2];
                uint t3 = td0[s3 >> 24] ^ td1[(s2 >> 16) & 0xff] ^ td2[(s1 >> 8) & 0xff] ^ td3[s0 & 0xff] ^ rk[k + 3];
                s0 = t0;
                s1 = t1;
                s2 = t2;
                s3 = t3;
                k += 4;
            }

            byte[] si = AesTables.InverseSBox;
            Store(((uint)si[s0 >> 24] << 24 | (uint)si[(s3 >> 16) & 0xff] << 16 | (uint)si[(s2 >> 8) & 0xff] << 8 | si[s1 & 0xff]) ^ rk[k], output, outputOffset);
            Store(((uint)si[s1 >> 24] << 24 | (uint)si[(s0 >> 16) & 0xff] << 16 | (uint)si[(s3 >> 8) & 0xff] << 8 | si[s2 & 0xff]) ^ rk[k + 1], output, outputOffset + 4);
            Store(((uint)si[s2 >> 24] << 24 | (uint)si[(s1 >> 16) & 0xff] << 16 | (uint)si[(s0 >> 8) & 0xff] << 8 | si[s3 & 0xff]) ^ rk[k + 2], output, outputOffset + 8);
            Store(((uint)si[s3 >> 24] << 24 | (uint)si[(s2 >> 16) & 0xff] << 16 | (uint)si[(s1 >> 8) & 0xff] << 8 | si[s0 & 0xff]) ^ rk[k + 3], output, outputOffset + 12);
        }

        private static uint Load(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        private static void Store(uint value, byte[] buffer, int offset)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }
    }
}
