namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// Writes values a metering chip has already measured (rms, mean powers, frequency) into a
    /// <see cref="MetrologyFrame"/> as the sums a sampling front end would have accumulated, so
    /// that the frame measurement of the application returns exactly those values.
    /// </summary>
    /// <remarks>
    /// Scale: one code is 1 mV on the voltage channel and 1 mA on the current channels (the front
    /// end reports full scale = <see cref="CodeFullScale"/> codes = CodeFullScale mV/mA), so one
    /// code² of v·i is 1 µW. Over n samples with no DC (Σv = Σi = 0): Σv² = n·V², Σi² = n·I²,
    /// Σin² = n·In², Σv·i = n·P, so the measurement's √(Σv²/n), Σv·i/n, … are V, I, In and P
    /// exactly. Frequency: two positive crossings one period apart (span = rate·1000·65536/f,
    /// rounded; the measurement divides back and rounds to the same mHz, the error being below
    /// 10^-6 of f). Reactive power: the measurement assumes a quarter-period delay at the nominal
    /// frequency, a shift θ = 90°·f/f_nom, and undoes it as Q = (Q_read + P·sin δ)/cos δ with
    /// δ = θ − 90°; the chip's Q needs no such correction, so Σv90·i carries what a sampler
    /// would have read, Q_read = Q·cos δ − P·sin δ (off nominal only; at f_nom it is Q itself).
    /// δ is computed with the measurement's formula, π/2·(f − f_nom)/f_nom in Q30 and a Taylor
    /// series, so the round trip returns Q within a few µvar (the chip's resolution is 1 var).
    /// Σv·in stays 0: the chip's neutral power is not read. Codes are at most 655 350 (mV) and
    /// 65 535 (mA), inside the frame's 24-bit bound.
    /// </remarks>
    public static class MeasuredFrame
    {
        /// <summary>Codes at full scale (24-bit), equal to the full-scale mV and mA.</summary>
        public const int CodeFullScale = (1 << 23) - 1;

        /// <summary>π/2 in Q30 (as the measurement's FixedTrig).</summary>
        private const long HalfPi = 1686629713L;

        private const long One = 1L << 30;

        private static readonly int[] SineDivisors = new int[] { 6, 20, 42, 72, 110 };
        private static readonly int[] CosineDivisors = new int[] { 2, 12, 30, 56, 90, 132 };

        /// <summary>Fills the sums of <paramref name="frame"/> (sequence, first sample and count are the caller's).</summary>
        public static void Write(
            MetrologyFrame frame,
            int sampleRateHz,
            int nominalMillihertz,
            long voltageMillivolts,
            long currentMilliamps,
            long neutralMilliamps,
            long activeMicrowatts,
            long reactiveMicrovars,
            int frequencyMillihertz)
        {
            long n = frame.SampleCount;
            frame.SumV = 0;
            frame.SumI = 0;
            frame.SumVV = n * voltageMillivolts * voltageMillivolts;
            frame.SumII = n * currentMilliamps * currentMilliamps;
            frame.SumNN = n * neutralMilliamps * neutralMilliamps;
            frame.SumVI = n * activeMicrowatts;
            frame.SumV90I = n * SkewedReactive(activeMicrowatts, reactiveMicrovars, frequencyMillihertz, nominalMillihertz);
            frame.SumVN = 0;
            if (frequencyMillihertz > 0)
            {
                long scale = (long)sampleRateHz * 1000L * MetrologyFrame.CrossingScale;
                frame.ZeroCrossingCount = 2;
                frame.FirstCrossing = 0;
                frame.LastCrossing = (scale + (frequencyMillihertz / 2)) / frequencyMillihertz;
            }
            else
            {
                frame.ZeroCrossingCount = 0;
                frame.FirstCrossing = 0;
                frame.LastCrossing = 0;
            }
        }

        // Q·cos δ − P·sin δ, skipped where the measurement skips its correction (f unknown or off by more than 50 %).
        private static long SkewedReactive(long active, long reactive, int frequencyMillihertz, int nominalMillihertz)
        {
            long deviation = frequencyMillihertz - nominalMillihertz;
            long magnitude = deviation < 0 ? -deviation : deviation;
            if (frequencyMillihertz <= 0 || deviation == 0 || 2 * magnitude > nominalMillihertz)
            {
                return reactive;
            }

            long delta = RoundedDivide(HalfPi * deviation, nominalMillihertz);
            long square = (delta * delta + (One / 2)) >> 30;
            long sine = (delta * Series(square, SineDivisors) + (One / 2)) >> 30;
            long cosine = Series(square, CosineDivisors);
            return MultiplyQ30(reactive, cosine) - MultiplyQ30(active, sine);
        }

        // 1 − x²/d0·(1 − x²/d1·(…)), Horner from the last divisor, Q30.
        private static long Series(long square, int[] divisors)
        {
            long term = One;
            for (int k = divisors.Length - 1; k >= 0; k--)
            {
                term = One - RoundedDivide((square * term + (One / 2)) >> 30, divisors[k]);
            }

            return term;
        }

        // a·q / 2^30 for |a| < 2^46 and |q| ≤ 2^30, without overflowing a long.
        private static long MultiplyQ30(long a, long q)
        {
            bool negative = (a < 0) != (q < 0);
            long ua = a < 0 ? -a : a;
            long uq = q < 0 ? -q : q;
            long high = ua >> 16;
            long low = ua & 0xFFFF;
            long result = ((high * uq) + ((low * uq) >> 16) + (1L << 13)) >> 14;
            return negative ? -result : result;
        }

        private static long RoundedDivide(long a, long b)
        {
            return a >= 0 ? (a + (b / 2)) / b : -((-a + (b / 2)) / b);
        }
    }
}
