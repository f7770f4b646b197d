namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// k·Q for a secret k and a public affine point Q in constant time: signed radix-16 fixed
    /// windows over a per-call table Q…8Q (built in variable time, since Q is public), four
    /// doublings and one full-scan lookup plus masked addition per window. Not thread-safe.
    /// </summary>
    internal sealed class VariableBaseMultiplier
    {
        private readonly EcCurveParameters _curve;
        private readonly PrimeField _scalar;
        private readonly PointArithmetic _points;
        private readonly JacobianPoint[] _multiples = new JacobianPoint[8];
        private readonly uint[] _prefix;
        private readonly uint[] _table;
        private readonly uint[] _k;
        private readonly int[] _digits;
        private readonly uint[] _x;
        private readonly uint[] _y;
        private readonly uint[] _scratch;
        private readonly uint[] _xy;

        internal VariableBaseMultiplier(EcCurveParameters curve, PrimeField scalar, PointArithmetic points)
        {
            int limbs = curve.Limbs;
            _curve = curve;
            _scalar = scalar;
            _points = points;
            for (int i = 0; i < 8; i++)
            {
                _multiples[i] = new JacobianPoint(limbs);
            }

            _prefix = new uint[8 * limbs];
            _table = new uint[8 * 2 * limbs];
            _k = new uint[limbs];
            _digits = new int[curve.Windows];
            _x = new uint[limbs];
            _y = new uint[limbs];
            _xy = new uint[2 * curve.Limbs];
            _scratch = new uint[limbs];
        }

        /// <summary>r = k·Q for a plain scalar k in [1, n-1] and a validated point Q (Montgomery form).</summary>
        internal void Multiply(uint[] k, uint[] qx, uint[] qy, JacobianPoint r)
        {
            PrimeField field = _points.Field;
            _points.SetAffine(qx, qy, _multiples[0]);
            for (int j = 1; j < 8; j++)
            {
                _points.AddMixedVariableTime(_multiples[j - 1], qx, qy, _multiples[j]);
            }

            _points.BatchToAffine(_multiples, 8, _prefix, _table, 0);

            // Below n/2 the running sum 16·K is never ±digit·Q for a nonzero digit, so the
            // incomplete addition is exact (an infinite sum is masked).
            uint negate = _scalar.NegateToLowerHalf(k, _k);
            ScalarRecoding.SignedRadix(_k, 4, _curve.Windows, _digits);
            System.Array.Clear(_k, 0, _k.Length);

            _points.SetInfinity(r);
            for (int window = _curve.Windows - 1; window >= 0; window--)
            {
                // The top window starts from infinity: its doublings would change nothing.
                if (window < _curve.Windows - 1)
                {
                    _points.Double(r, r);
                    _points.Double(r, r);
                    _points.Double(r, r);
                    _points.Double(r, r);
                }

                uint nonzero = AffineTable.LookupSigned(field, _table, 0, 8, _digits[window], _xy, _x, _y);
                _points.AddMixedMasked(r, _x, _y, nonzero);
            }

            System.Array.Clear(_digits, 0, _digits.Length);
            field.Negate(r.Y, _scratch);
            field.Select(negate, _scratch, r.Y, r.Y);
        }
    }
}
