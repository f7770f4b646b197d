namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// k·G for a secret k in constant time, from the per-window tables of <see cref="GeneratorTables"/>:
    /// k is recoded to signed radix 16 and each window adds its table entry with a full-scan lookup,
    /// so no doublings are needed and neither branches nor memory addresses depend on k.
    /// Not thread-safe.
    /// </summary>
    internal sealed class FixedBaseMultiplier
    {
        private readonly EcCurveParameters _curve;
        private readonly MontgomeryField _scalar;
        private readonly PointArithmetic _points;
        private readonly uint[] _windows;
        private readonly uint[] _k;
        private readonly int[] _digits;
        private readonly uint[] _x;
        private readonly uint[] _y;
        private readonly uint[] _scratch;
        private readonly JacobianPoint _sum;

        internal FixedBaseMultiplier(EcCurveParameters curve, MontgomeryField scalar, PointArithmetic points)
        {
            _curve = curve;
            _scalar = scalar;
            _points = points;
            _windows = GeneratorTables.For(curve.Curve).Windows;
            _k = new uint[curve.Limbs];
            _digits = new int[curve.Windows];
            _x = new uint[curve.Limbs];
            _y = new uint[curve.Limbs];
            _scratch = new uint[curve.Limbs];
            _sum = new JacobianPoint(curve.Limbs);
        }

        /// <summary>r = k·G for a plain scalar k in [1, n-1].</summary>
        internal void Multiply(uint[] k, JacobianPoint r)
        {
            MontgomeryField field = _points.Field;

            // With k below n/2 every partial sum stays apart from ± the next table entry
            // (their difference is nonzero and below n), so the incomplete addition is exact.
            uint negate = _scalar.NegateToLowerHalf(k, _k);
            ScalarRecoding.SignedRadix16(_k, _curve.Windows, _digits);
            System.Array.Clear(_k, 0, _k.Length);

            _points.SetInfinity(r);
            for (int window = 0; window < _curve.Windows; window++)
            {
                uint nonzero = AffineTable.LookupSigned(field, _windows, 8 * window, _digits[window], _x, _y, _scratch);
                _points.AddMixed(r, _x, _y, _sum);
                field.Select(nonzero, _sum.X, r.X, r.X);
                field.Select(nonzero, _sum.Y, r.Y, r.Y);
                field.Select(nonzero, _sum.Z, r.Z, r.Z);
            }

            System.Array.Clear(_digits, 0, _digits.Length);
            field.Negate(r.Y, _scratch);
            field.Select(negate, _scratch, r.Y, r.Y);
        }
    }
}
