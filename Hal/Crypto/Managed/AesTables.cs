namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// The AES S-boxes (FIPS 197 section 5.1.1, 5.3.2) and the combined round tables ("T-tables",
    /// Daemen and Rijmen, The Design of Rijndael, section 4.2) that fold SubBytes, ShiftRows and
    /// MixColumns into four lookups per column. Computed once, at first use, from the field
    /// arithmetic instead of written as 2,560 literals that could hide a typo.
    /// </summary>
    internal static class AesTables
    {
        /// <summary>SubBytes (FIPS 197 Figure 7).</summary>
        public static readonly byte[] SBox = new byte[256];

        /// <summary>InvSubBytes (FIPS 197 Figure 14).</summary>
        public static readonly byte[] InverseSBox = new byte[256];

        /// <summary>Encryption round tables: Te0[x] = (2·S[x], S[x], S[x], 3·S[x]) as a big-endian column; Te1..Te3 are its byte rotations.</summary>
        public static readonly uint[] Te0 = new uint[256];
        public static readonly uint[] Te1 = new uint[256];
        public static readonly uint[] Te2 = new uint[256];
        public static readonly uint[] Te3 = new uint[256];

        /// <summary>Decryption round tables: Td0[x] = (14·Si[x], 9·Si[x], 13·Si[x], 11·Si[x]); Td1..Td3 are its byte rotations.</summary>
        public static readonly uint[] Td0 = new uint[256];
        public static readonly uint[] Td1 = new uint[256];
        public static readonly uint[] Td2 = new uint[256];
        public static readonly uint[] Td3 = new uint[256];

        static AesTables()
        {
            BuildSBoxes();
            for (int x = 0; x < 256; x++)
            {
                uint s = SBox[x];
                uint e = (Multiply(s, 2) << 24) | (s << 16) | (s << 8) | Multiply(s, 3);
                Te0[x] = e;
                Te1[x] = RotateRight(e, 8);
                Te2[x] = RotateRight(e, 16);
                Te3[x] = RotateRight(e, 24);

                uint si = InverseSBox[x];
                uint d = (Multiply(si, 14) << 24) | (Multiply(si, 9) << 16) | (Multiply(si, 13) << 8) | Multiply(si, 11);
                Td0[x] = d;
                Td1[x] = RotateRight(d, 8);
                Td2[x] = RotateRight(d, 16);
                Td3[x] = RotateRight(d, 24);
            }
        }

        // FIPS 197 section 5.1.1: S[x] = affine(x^-1). Walks the multiplicative group with generator 3
        // (p) and its inverse (q = p^-1), so every non-zero x meets its inverse without a division.
        private static void BuildSBoxes()
        {
            uint p = 1;
            uint q = 1;
            do
            {
                p = (p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x1bu : 0u)) & 0xff;
                q ^= q << 1;
                q ^= q << 2;
                q ^= q << 4;
                q &= 0xff;
                if ((q & 0x80) != 0)
                {
                    q ^= 0x09;
                }

                uint affine = q ^ RotateLeft8(q, 1) ^ RotateLeft8(q, 2) ^ RotateLeft8(q, 3) ^ RotateLeft8(q, 4) ^ 0x63;
                SBox[p] = (byte)affine;
            }
            while (p != 1);

            SBox[0] = 0x63;
            for (int x = 0; x < 256; x++)
            {
                InverseSBox[SBox[x]] = (byte)x;
            }
        }

        /// <summary>Product in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (FIPS 197 section 4.2).</summary>
        private static uint Multiply(uint a, uint b)
        {
            uint product = 0;
            while (b != 0)
            {
                if ((b & 1) != 0)
                {
                    product ^= a;
                }

                a <<= 1;
                if ((a & 0x100) != 0)
                {
                    a ^= 0x11b;
                }

                b >>= 1;
            }

            return product;
        }

        private static uint RotateLeft8(uint x, int n)
        {
            return ((x << n) | (x >> (8 - n))) & 0xff;
        }

        private static uint RotateRight(uint x, int n)
        {
            return (x >> n) | (x << (32 - n));
        }
    }
}
