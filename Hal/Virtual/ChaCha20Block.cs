namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The ChaCha20 block function (RFC 8439, 2.3): 16 input words to 64 keystream bytes. Only
    /// the deterministic virtual TRNG uses it; buffers are passed in so nothing is allocated.
    /// </summary>
    internal static class ChaCha20Block
    {
        /// <summary>"expand 32-byte k" as four little-endian words (RFC 8439, 2.3).</summary>
        public const uint Sigma0 = 0x61707865;
        public const uint Sigma1 = 0x3320646e;
        public const uint Sigma2 = 0x79622d32;
        public const uint Sigma3 = 0x6b206574;

        /// <summary>Runs 20 rounds over <paramref name="state"/> and serialises state + result little-endian.</summary>
        public static void Compute(uint[] state, uint[] working, byte[] output)
        {
            for (int i = 0; i < 16; i++)
            {
                working[i] = state[i];
            }

            for (int round = 0; round < 10; round++)
            {
                // Column round then diagonal round (RFC 8439, 2.3).
                QuarterRound(working, 0, 4, 8, 12);
                QuarterRound(working, 1, 5, 9, 13);
                QuarterRound(working, 2, 6, 10, 14);
                QuarterRound(working, 3, 7, 11, 15);
                QuarterRound(working, 0, 5, 10, 15);
                QuarterRound(working, 1, 6, 11, 12);
                QuarterRound(working, 2, 7, 8, 13);
                QuarterRound(working, 3, 4, 9, 14);
            }

            for (int i = 0; i < 16; i++)
            {
                uint word = working[i] + state[i];
                output[4 * i] = (byte)word;
                output[(4 * i) + 1] = (byte)(word >> 8);
                output[(4 * i) + 2] = (byte)(word >> 16);
                output[(4 * i) + 3] = (byte)(word >> 24);
            }
        }

        private static void QuarterRound(uint[] x, int a, int b, int c, int d)
        {
            x[a] += x[b];
            x[d] = RotateLeft(x[d] ^ x[a], 16);
            x[c] += x[d];
            x[b] = RotateLeft(x[b] ^ x[c], 12);
            x[a] += x[b];
            x[d] = RotateLeft(x[d] ^ x[a], 8);
            x[c] += x[d];
            x[b] = RotateLeft(x[b] ^ x[c], 7);
        }

        private static uint RotateLeft(uint value, int bits)
        {
            return (value << bits) | (value >> (32 - bits));
        }
    }
}
