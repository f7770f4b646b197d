using System;

namespace Meter.Metrology
{
    /// <summary>
    /// Integer helpers for the energy path: double may be single precision on the device, so
    /// everything that feeds a register is computed in long with 128-bit intermediate products.
    /// </summary>
    public static class IntegerMath
    {
        private const ulong LowMask = 0xFFFFFFFFUL;

        /// <summary>Floor of the square root of a non-negative value.</summary>
        public static long Sqrt(long value)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException("value");
            }

            ulong rest = (ulong)value;
            ulong root = 0;
            ulong bit = 1UL << 62;
            while (bit > rest)
            {
                bit >>= 2;
            }

            while (bit != 0)
            {
                if (rest >= root + bit)
                {
                    rest -= root + bit;
                    root = (root >> 1) + bit;
                }
                else
                {
                    root >>= 1;
                }

                bit >>= 2;
            }

            return (long)root;
        }

        /// <summary>(a·b) / 2^shift rounded to nearest (halves away from zero), with a 128-bit product.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The result does not fit a long (the device has no OverflowException).</exception>
        public static long MultiplyShift(long a, long b, int shift)
        {
            if (shift < 0 || shift > 63)
            {
                throw new ArgumentOutOfRangeException("shift");
            }

            bool negative = (a < 0) != (b < 0);
            ulong ua = Magnitude(a);
            ulong ub = Magnitude(b);
            ulong aLow = ua & LowMask;
            ulong aHigh = ua >> 32;
            ulong bLow = ub & LowMask;
            ulong bHigh = ub >> 32;
            ulong lowLow = aLow * bLow;
            ulong lowHigh = aLow * bHigh;
            ulong highLow = aHigh * bLow;
            ulong middle = (lowLow >> 32) + (lowHigh & LowMask) + (highLow & LowMask);
            ulong low = (lowLow & LowMask) | (middle << 32);
            ulong high = (aHigh * bHigh) + (lowHigh >> 32) + (highLow >> 32) + (middle >> 32);
            ulong result = low;
            if (shift > 0)
            {
                ulong rounded = low + (1UL << (shift - 1));
                if (rounded < low)
                {
                    high++;
                }

                result = (rounded >> shift) | (high << (64 - shift));
                high >>= shift;
            }

            if (high != 0 || result > long.MaxValue)
            {
                throw new ArgumentOutOfRangeException("shift", "the result does not fit a long");
            }

            return negative ? -(long)result : (long)result;
        }

        /// <summary>numerator·2^shift / denominator rounded to nearest, for numerator ≥ 0 and 0 &lt; denominator &lt; 2^62.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The result does not fit a long (the device has no OverflowException).</exception>
        public static long ShiftDivide(long numerator, int shift, long denominator)
        {
            if (numerator < 0)
            {
                throw new ArgumentOutOfRangeException("numerator");
            }

            if (denominator <= 0 || denominator >= (1L << 62))
            {
                throw new ArgumentOutOfRangeException("denominator");
            }

            if (shift < 0 || shift > 126)
            {
                throw new ArgumentOutOfRangeException("shift");
            }

            long quotient = numerator / denominator;
            long remainder = numerator % denominator;
            for (int s = 0; s < shift; s++)
            {
                if (quotient >= (1L << 61))
                {
                    throw new ArgumentOutOfRangeException("shift", "the result does not fit a long");
                }

                quotient <<= 1;
                remainder <<= 1;
                if (remainder >= denominator)
                {
                    quotient++;
                    remainder -= denominator;
                }
            }

            return remainder >= denominator - remainder ? quotient + 1 : quotient;
        }

        /// <summary>a / b rounded to nearest (halves away from zero), b &gt; 0.</summary>
        public static long DivideRound(long a, long b)
        {
            if (b <= 0)
            {
                throw new ArgumentOutOfRangeException("b");
            }

            return a >= 0 ? (a + (b / 2)) / b : -((-a + (b / 2)) / b);
        }

        /// <summary>a·b/n rounded, for sums a, b of n codes of at most 24 bits (|a|, |b| ≤ n·2^23, 0 &lt; n ≤ 2^16).</summary>
        public static long ProductOverCount(long a, long b, int n)
        {
            if (n <= 0)
            {
                throw new ArgumentOutOfRangeException("n");
            }

            // b = q·n + r with |r| < n keeps both products below 2^63.
            long q = b / n;
            long r = b - (q * n);
            return (a * q) + DivideRound(a * r, n);
        }

        private static ulong Magnitude(long value)
        {
            return value >= 0 ? (ulong)value : (ulong)(-(value + 1)) + 1UL;
        }
    }
}
