using System;

namespace Meter.Metrology
{
    /// <summary>
    /// Sine and cosine in Q30 fixed point (2^30 = 1.0) from their Taylor series, for the small angles
    /// of phase calibration and the off-nominal correction of the quarter-period delay. The truncation
    /// error is below 1e-11 over the accepted range |x| ≤ π/4, far under the Q30 step (9.3e-10).
    /// </summary>
    public static class FixedTrig
    {
        /// <summary>1.0 in Q30.</summary>
        public const long One = 1L << 30;

        /// <summary>π/2 in Q30.</summary>
        public const long HalfPi = 1686629713L;

        /// <summary>Largest accepted |angle|: π/4 in Q30.</summary>
        public const long MaxAngle = 843314857L;

        // Horner denominators: sin x = x(1 − x²/(2·3)(1 − x²/(4·5)(…))), cos x = 1 − x²/(1·2)(1 − x²/(3·4)(…)).
        private static readonly int[] SineDivisors = new int[] { 6, 20, 42, 72, 110 };
        private static readonly int[] CosineDivisors = new int[] { 2, 12, 30, 56, 90, 132 };

        /// <summary>sin and cos of <paramref name="angle"/> (radians, Q30), both in Q30.</summary>
        public static void SinCos(long angle, out long sine, out long cosine)
        {
            if (angle > MaxAngle || angle < -MaxAngle)
            {
                throw new ArgumentOutOfRangeException("angle");
            }

            long square = IntegerMath.MultiplyShift(angle, angle, 30);
            sine = IntegerMath.MultiplyShift(angle, Series(square, SineDivisors), 30);
            cosine = Series(square, CosineDivisors);
        }

        /// <summary>Micro-radians to radians in Q30.</summary>
        public static long FromMicroradians(int microradians)
        {
            long magnitude = IntegerMath.ShiftDivide(microradians < 0 ? -(long)microradians : microradians, 30, 1000000);
            return microradians < 0 ? -magnitude : magnitude;
        }

        private static long Series(long square, int[] divisors)
        {
            long term = One;
            for (int k = divisors.Length - 1; k >= 0; k--)
            {
                term = One - IntegerMath.DivideRound(IntegerMath.MultiplyShift(square, term, 30), divisors[k]);
            }

            return term;
        }
    }
}
