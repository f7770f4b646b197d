namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Precomputed affine multiples of the base point G, built once per curve on first use and
    /// shared (read-only) by every instance: the window table for the constant-time fixed-base
    /// multiplier (16 multiples per 5-bit window for P-256, 52 KiB; 8 per 4-bit window for P-384,
    /// 72 KiB), and odd multiples for the variable-time wNAF in verification (4 or 6 KiB).
    /// </summary>
    internal sealed class GeneratorTables
    {
        /// <summary>wNAF width for G in verification; the table holds G, 3G, …, 127G.</summary>
        internal const int OddWidth = 8;

        private const int OddCount = 1 << (OddWidth - 2);

        /// <summary>The window table of G (<see cref="WindowTableBuilder"/>).</summary>
        internal readonly uint[] Windows;

        /// <summary>Entry j holds (2j + 1)·G.</summary>
        internal readonly uint[] OddMultiples;

        private GeneratorTables(EcCurveParameters curve)
        {
            int limbs = curve.Limbs;
            PrimeField field = curve.CreateField();
            PointArithmetic points = new PointArithmetic(curve, field);
            JacobianPoint[] multiples = new JacobianPoint[OddCount];
            for (int i = 0; i < OddCount; i++)
            {
                multiples[i] = new JacobianPoint(limbs);
            }

            uint[] prefix = new uint[OddCount * limbs];
            uint[] gx = new uint[limbs];
            uint[] gy = new uint[limbs];
            field.ToMontgomery(curve.Gx, gx);
            field.ToMontgomery(curve.Gy, gy);

            Windows = new uint[WindowTableBuilder.TableLength(curve)];
            new WindowTableBuilder(curve, points).Build(gx, gy, Windows);

            JacobianPoint next = new JacobianPoint(limbs);
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
