namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// u1·G + u2·Q for public scalars and a public point (signature verification), in variable
    /// time: interleaved wNAF (Shamir's trick; Hankerson, Menezes, Vanstone Algorithm 3.51) with
    /// the static odd multiples of G (width 8) and odd multiples of Q built per call (width 5),
    /// sharing one chain of doublings. Not thread-safe.
    /// </summary>
    internal sealed class DoubleScalarMultiplier
    {
        private const int QWidth = 5;
        private const int QCount = 1 << (QWidth - 2);

        private readonly PointArithmetic _points;
        private readonly uint[] _gOdd;
        private readonly JacobianPoint[] _multiples = new JacobianPoint[QCount];
        private readonly uint[] _prefix;
        private readonly uint[] _qOdd;
        private readonly uint[] _work;
        private readonly int[] _naf1;
        private readonly int[] _naf2;
        private readonly uint[] _x;
        private readonly uint[] _y;

        internal DoubleScalarMultiplier(EcCurveParameters curve, PointArithmetic points)
        {
            int limbs = curve.Limbs;
            _points = points;
            _gOdd = GeneratorTables.OddMultiples(curve.Curve);
            for (int i = 0; i < QCount; i++)
            {
                _multiples[i] = new JacobianPoint(limbs);
            }

            _prefix = new uint[QCount * limbs];
            _qOdd = new uint[QCount * 2 * limbs];
            _work = new uint[limbs];
            _naf1 = new int[32 * limbs + 1];
            _naf2 = new int[32 * limbs + 1];
            _x = new uint[limbs];
            _y = new uint[limbs];
        }

        /// <summary>r = u1·G + u2·Q for plain scalars below n and a validated Q (Montgomery form).</summary>
        internal void Multiply(uint[] u1, uint[] u2, uint[] qx, uint[] qy, JacobianPoint r)
        {
            PrimeField field = _points.Field;

            // Q, 3Q, …, 15Q by adding Q twice per step (cheaper than making 2Q affine), then made
            // affine together.
            _points.SetAffine(qx, qy, _multiples[0]);
            for (int j = 1; j < QCount; j++)
            {
                _points.AddMixedVariableTime(_multiples[j - 1], qx, qy, _multiples[j]);
                _points.AddMixedVariableTime(_multiples[j], qx, qy, _multiples[j]);
            }

            _points.BatchToAffine(_multiples, QCount, _prefix, _qOdd, 0);

            int length1 = ScalarRecoding.Wnaf(u1, GeneratorTables.OddWidth, _work, _naf1);
            int length2 = ScalarRecoding.Wnaf(u2, QWidth, _work, _naf2);
            int length = length1 > length2 ? length1 : length2;

            _points.SetInfinity(r);
            bool infinite = true;
            for (int i = length - 1; i >= 0; i--)
            {
                if (!infinite)
                {
                    _points.Double(r, r);
                }

                int digit = i < length1 ? _naf1[i] : 0;
                if (digit != 0)
                {
                    AffineTable.LookupOdd(field, _gOdd, digit, _x, _y);
                    _points.AddMixedVariableTime(r, _x, _y, r);
                    infinite = _points.IsInfinity(r);
                }

                digit = i < length2 ? _naf2[i] : 0;
                if (digit != 0)
                {
                    AffineTable.LookupOdd(field, _qOdd, digit, _x, _y);
                    _points.AddMixedVariableTime(r, _x, _y, r);
                    infinite = _points.IsInfinity(r);
                }
            }
        }
    }
}
