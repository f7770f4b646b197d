namespace Meter.Hal.Crypto.Managed
{
    /// <summary>Scalar digit expansions for the point multipliers.</summary>
    internal static class ScalarRecoding
    {
        /// <summary>
        /// Signed radix 16 in constant time: k = Σ digits[i]·16^i with every digit in [-8, 8], so an
        /// 8-entry table of multiples serves every window. Requires k &lt; 2^(4·windows - 1), which
        /// keeps the top digit in [0, 8] with no carry out.
        /// </summary>
        internal static void SignedRadix16(uint[] k, int windows, int[] digits)
        {
            int carry = 0;
            for (int i = 0; i < windows; i++)
            {
                int d = (int)((k[i >> 3] >> (4 * (i & 7))) & 0xF) + carry;

                // d in [0, 16]: above 8 it becomes d - 16 and carries one into the next window.
                carry = (d + 7) >> 4;
                digits[i] = d - (carry << 4);
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
