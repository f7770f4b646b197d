namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Precomputed affine multiples of the base point G, each built once per curve on first use
    /// and shared (read-only) by every instance: the window table for the constant-time fixed-base
    /// multiplier (16 multiples per 5-bit window for P-256, 52 KiB; 8 per 4-bit window for P-384,
    /// 72 KiB; only <see cref="EcTableSize.Large"/> builds it), and odd multiples for the
    /// variable-time wNAF in verification (4 or 6 KiB).
    /// </summary>
    internal static class GeneratorTables
    {
        /// <summary>wNAF width for G in verification; the table holds G, 3G, …, 127G.</summary>
        internal const int OddWidth = 8;

        private const int OddCount = 1 << (OddWidth - 2);

        /// <summary>The window table of G (<see cref="WindowTableBuilder"/>), built on the first call for that curve.</summary>
        internal static uint[] Windows(EcCurve curve)
        {
            return curve == EcCurve.P256 ? P256Windows.Table : P384Windows.Table;
        }

        /// <summary>Entry j holds (2j + 1)·G; built on the first call for that curve.</summary>
        internal static uint[] OddMultiples(EcCurve curve)
        {
            return curve == EcCurve.P256 ? P256Odd.Table : P384Odd.Table;
        }

        /// <summary>Writes G in Montgomery form.</summary>
        internal static void Generator(EcCurveParameters curve, PrimeField field, uint[] gx, uint[] gy)
        {
            field.ToMontgomery(curve.Gx, gx);
            field.ToMontgomery(curve.Gy, gy);
        }

        private static uint[] BuildWindows(EcCurveParameters curve)
        {
            PrimeField field = curve.CreateField();
            uint[] gx = new uint[curve.Limbs];
            uint[] gy = new uint[curve.Limbs];
            Generator(curve, field, gx, gy);
            uint[] windows = new uint[WindowTableBuilder.TableLength(curve)];
            new WindowTableBuilder(curve, new PointArithmetic(curve, field)).Build(gx, gy, windows);
            return windows;
        }

        private static uint[] BuildOddMultiples(EcCurveParameters curve)
        {
            int limbs = curve.Limbs;
            PrimeField field = curve.CreateField();
            PointArithmetic points = new PointArithmetic(curve, field);
            JacobianPoint[] multiples = new JacobianPoint[OddCount];
            for (int i = 0; i < OddCount; i++)
            {
                multiples[i] = new JacobianPoint(limbs);
            }

            uint[] gx = new uint[limbs];
            uint[] gy = new uint[limbs];
            Generator(curve, field, gx, gy);
            JacobianPoint next = new JacobianPoint(limbs);
            points.SetAffine(gx, gy, next);
            points.Double(next, next);
            uint[] twiceX = new uint[limbs];
            uint[] twiceY = new uint[limbs];
            points.ToAffine(next, twiceX, twiceY, false);
            points.SetAffine(gx, gy, multiples[0]);
            for (int j = 1; j < OddCount; j++)
            {
                points.AddMixedVariableTime(multiples[j - 1], twiceX, twiceY, multiples[j]);
            }

            uint[] odd = new uint[OddCount * 2 * limbs];
            points.BatchToAffine(multiples, OddCount, new uint[OddCount * limbs], odd, 0);
            return odd;
        }

        // Separate holders so that each table is built only when its curve and size are used.
        private static class P256Windows
        {
            internal static readonly uint[] Table = BuildWindows(EcCurveParameters.P256);
        }

        private static class P384Windows
        {
            internal static readonly uint[] Table = BuildWindows(EcCurveParameters.P384);
        }

        private static class P256Odd
        {
            internal static readonly uint[] Table = BuildOddMultiples(EcCurveParameters.P256);
        }

        private static class P384Odd
        {
            internal static readonly uint[] Table = BuildOddMultiples(EcCurveParameters.P384);
        }
    }
}
