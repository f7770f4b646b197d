namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Precomputed affine multiples of the base point G, built once per curve on first use and
    /// shared (read-only) by every instance: 8 multiples per 4-bit window for the constant-time
    /// fixed-base multiplier, and odd multiples for the variable-time wNAF in verification.
    /// Memory: 32 KiB (P-256) or 72 KiB (P-384) for the windows, 2 or 3 KiB for the odd multiples.
    /// </summary>
    internal sealed class GeneratorTables
    {
        /// <summary>wNAF width for G in verification; the table holds G, 3G, …, 63G.</summary>
        internal const int OddWidth = 7;

        private const int OddCount = 1 << (OddWidth - 2);

        /// <summary>Window i, entry j - 1 (j = 1…8) holds j·16^i·G: entry index 8i + j - 1.</summary>
        internal readonly uint[] Windows;

        /// <summary>Entry j holds (2j + 1)·G.</summary>
        internal readonly uint[] OddMultiples;

        private GeneratorTables(EcCurveParameters curve)
        {
            int limbs = curve.Limbs;
            MontgomeryField field = curve.CreateField();
            PointArithmetic points = new PointArithmetic(curve, field);
            JacobianPoint[] multiples = new JacobianPoint[OddCount];
            for (int i = 0; i < OddCount; i++)
            {
                multiples[i] = new JacobianPoint(limbs);
            }

            uint[] prefix = new uint[OddCount * limbs];
            uint[] baseX = new uint[limbs];
            uint[] baseY = new uint[limbs];
            field.ToMontgomery(curve.Gx, baseX);
            field.ToMontgomery(curve.Gy, baseY);
            uint[] gx = new uint[limbs];
            uint[] gy = new uint[limbs];
            field.Copy(baseX, gx);
            field.Copy(baseY, gy);

            Windows = new uint[curve.Windows * 8 * 2 * limbs];
            JacobianPoint next = new JacobianPoint(limbs);
            for (int window = 0; window < curve.Windows; window++)
            {
                points.SetAffine(baseX, baseY, multiples[0]);
                for (int j = 1; j < 8; j++)
                {
                    points.AddMixedVariableTime(multiples[j - 1], baseX, baseY, multiples[j]);
                }

                points.BatchToAffine(multiples, 8, prefix, Windows, 8 * window);

                // The next window's base is 16·base = 2·(8·base).
                points.Double(multiples[7], next);
                points.ToAffine(next, baseX, baseY, false);
            }

            OddMultiples = new uint[OddCount * 2 * limbs];
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

            points.BatchToAffine(multiples, OddCount, prefix, OddMultiples, 0);
        }

        /// <summary>The tables of <paramref name="curve"/>, built on the first call for that curve.</summary>
        internal static GeneratorTables For(EcCurve curve)
        {
            return curve == EcCurve.P256 ? P256Tables.Instance : P384Tables.Instance;
        }

        // Separate holders so that each curve's tables are built only when that curve is used.
        private static class P256Tables
        {
            internal static readonly GeneratorTables Instance = new GeneratorTables(EcCurveParameters.P256);
        }

        private static class P384Tables
        {
            internal static readonly GeneratorTables Instance = new GeneratorTables(EcCurveParameters.P384);
        }
    }
}
