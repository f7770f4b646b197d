namespace Meter.Hal.Crypto.Managed
{
    /// <summary>Scalar digit expansions for the point multipliers.</summary>
    internal static class ScalarRecoding
    {
        /// <summary>
        /// Signed radix 2^w in constant time: k = Σ digits[i]·2^(w·i) with every digit in
        /// [-2^(w-1), 2^(w-1)], so a table of 2^(w-1) multiples serves every window. Requires
        /// k &lt; 2^(w·windows - 1), which keeps the top digit non-negative with no carry out.
        /// </summary>
        internal static void SignedRadix(uint[] k, int bits, int windows, int[] digits)
        {
            int limbs = k.Length;
            uint mask = (1u << bits) - 1;
            int half = 1 << (bits - 1);
            int carry = 0;
            for (int i = 0; i < windows; i++)
            {
                int position = i * bits;
                int limb = position >> 5;
                int shift = position & 31;
                uint value = limb < limbs ? k[limb] >> shift : 0;
                if (shift + bits > 32 && limb + 1 < limbs)
                {
                    value |= k[limb + 1] << (32 - shift);
                }

                int d = (int)(value & mask) + carry;

                // d in [0, 2^w]: above 2^(w-1) it becomes d - 2^w and carries one into the next window.
                carry = (d + half - 1) >> bits;
                digits[i] = d - (carry << bits);
            }
        }

        /// <summary>
        /// Width-w non-adjacent form (Hankerson, Menezes, Vanstone, Algorithm 3.35) of a public
        /// scalar: odd digits in (-2^(w-1), 2^(w-1)) or 0, at most one nonzero per w positions.
        /// Variable time. <paramref name="work"/> is scratch of the scalar's limb count and
        /// <paramref name="naf"/> needs 32·limbs + 1 entries. Returns the digit count.
        /// </summary>
        internal static int Wnaf(uint[] k, int width, uint[] work, int[] naf)
        {
            int limbs = work.Length;
            System.Array.Copy(k, work, limbs);
            int window = 1 << width;
            int length = 0;
            while (!IsZero(work))
            {
                int digit = 0;
                if ((work[0] & 1) != 0)
                {
                    digit = (int)(work[0] & (uint)(window - 1));
                    if (digit >= window >> 1)
                    {
                        digit -= window;
                    }

                    // work -= digit, which clears the low w bits.
                    if (digit > 0)
                    {
                        work[0] -= (uint)digit;
                    }
                    else
                    {
                        AddSmall(work, (uint)(-digit));
                    }
                }

                naf[length++] = digit;
                ShiftRightOne(work);
            }

            return length;
        }

        private static bool IsZero(uint[] a)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static void AddSmall(uint[] a, uint value)
        {
            ulong carry = value;
            for (int i = 0; i < a.Length && carry != 0; i++)
            {
                ulong s = a[i] + carry;
                a[i] = (uint)s;
                carry = s >> 32;
            }
        }

        private static void ShiftRightOne(uint[] a)
        {
            int last = a.Length - 1;
            for (int i = 0; i < last; i++)
            {
                a[i] = (a[i] >> 1) | (a[i + 1] << 31);
            }

            a[last] >>= 1;
        }
    }
}
