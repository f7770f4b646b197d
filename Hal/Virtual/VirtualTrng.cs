using System;
using Meter.Hal.Entropy;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// NOT a true random number generator. A deterministic stand-in for the virtual board and
    /// tests: the ChaCha20 keystream (RFC 8439) under a 32-byte seed used as the key, with an
    /// all-zero nonce and a 64-bit block counter starting at 0 (counter high word in the first
    /// nonce word). The same seed always gives the same bytes, so key generation and nonces are
    /// reproducible in tests. Keys made from it are not secret; the host program uses
    /// Meter.Hal.Host.HostTrng instead, and a device uses its hardware RNG.
    /// </summary>
    public sealed class VirtualTrng : ITrng
    {
        private const int KeyLength = 32;
        private const int BlockLength = 64;

        private readonly object _sync = new object();
        private readonly uint[] _state = new uint[16];
        private readonly uint[] _working = new uint[16];
        private readonly byte[] _block = new byte[BlockLength];
        private int _blockUsed = BlockLength;

        /// <summary>Seeds with the 4 bytes of <paramref name="seed"/> (little-endian) followed by 28 zero bytes.</summary>
        public VirtualTrng(int seed)
            : this(SeedToKey(seed))
        {
        }

        /// <summary>Seeds with a 32-byte ChaCha20 key.</summary>
        public VirtualTrng(byte[] key)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            if (key.Length != KeyLength)
            {
                throw new ArgumentException("the seed must be a 32-byte key", "key");
            }

            _state[0] = ChaCha20Block.Sigma0;
            _state[1] = ChaCha20Block.Sigma1;
            _state[2] = ChaCha20Block.Sigma2;
            _state[3] = ChaCha20Block.Sigma3;
            for (int i = 0; i < 8; i++)
            {
                _state[4 + i] = (uint)(key[4 * i] | (key[(4 * i) + 1] << 8) | (key[(4 * i) + 2] << 16) | (key[(4 * i) + 3] << 24));
            }

            // Words 12..15: block counter (low, high) and zero nonce words.
        }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count);

            lock (_sync)
            {
                while (count > 0)
                {
                    if (_blockUsed == BlockLength)
                    {
                        NextBlock();
                    }

                    int available = BlockLength - _blockUsed;
                    int take = count < available ? count : available;
                    Array.Copy(_block, _blockUsed, buffer, offset, take);
                    _blockUsed += take;
                    offset += take;
                    count -= take;
                }
            }
        }

        private void NextBlock()
        {
            ChaCha20Block.Compute(_state, _working, _block);
            _blockUsed = 0;
            _state[12]++;
            if (_state[12] == 0)
            {
                _state[13]++;
            }
        }

        private static byte[] SeedToKey(int seed)
        {
            byte[] key = new byte[KeyLength];
            key[0] = (byte)seed;
            key[1] = (byte)(seed >> 8);
            key[2] = (byte)(seed >> 16);
            key[3] = (byte)(seed >> 24);
            return key;
        }
    }
}
