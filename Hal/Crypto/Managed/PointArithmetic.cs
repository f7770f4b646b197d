namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Group law on y² = x³ - 3x + b in Jacobian coordinates, coordinates in Montgomery form:
    /// doubling with the a = -3 formula and mixed Jacobian + affine addition (Explicit-Formulas
    /// Database dbl-2001-b, madd-2007-bl, each with 2·Y·Z in place of the squared-sum form of Z3,
    /// which costs one multiplication instead of a squaring and two subtractions). Holds its temporaries: not thread-safe.
    /// </summary>
    internal sealed class PointArithmetic
    {
        internal readonly PrimeField Field;
        private readonly int _limbs;
        private readonly uint[] _b;
        private readonly uint[] _t0;
        private readonly uint[] _t1;
        private readonly uint[] _t2;
        private readonly uint[] _t3;
        private readonly uint[] _t4;
        private readonly uint[] _t5;
        private readonly uint[] _t6;

        internal PointArithmetic(EcCurveParameters curve, PrimeField field)
        {
            Field = field;
            _limbs = curve.Limbs;
            _b = new uint[_limbs];
            field.ToMontgomery(curve.B, _b);
            _t0 = new uint[_limbs];
            _t1 = new uint[_limbs];
            _t2 = new uint[_limbs];
            _t3 = new uint[_limbs];
            _t4 = new uint[_limbs];
            _t5 = new uint[_limbs];
            _t6 = new uint[_limbs];
        }

        internal void SetInfinity(JacobianPoint r)
        {
            System.Array.Clear(r.X, 0, _limbs);
            Field.Copy(Field.One, r.Y);
            System.Array.Clear(r.Z, 0, _limbs);
        }

        internal void SetAffine(uint[] x, uint[] y, JacobianPoint r)
        {
            Field.Copy(x, r.X);
            Field.Copy(y, r.Y);
            Field.Copy(Field.One, r.Z);
        }

        internal bool IsInfinity(JacobianPoint p)
        {
            return Field.ZeroMask(p.Z) != 0;
        }

        /// <summary>
        /// r = 2p (dbl-2001-b, a = -3, with Z3 = 2·Y·Z; 4M + 4S). Constant time; r may be p;
        /// infinity stays infinity.
        /// </summary>
        internal void Double(JacobianPoint p, JacobianPoint r)
        {
            PrimeField f = Field;
            uint[] delta = _t0;
            uint[] gamma = _t1;
            uint[] beta = _t2;
            uint[] alpha = _t3;
            uint[] t = _t4;

            f.Sqr(p.Z, delta);
            f.Sqr(p.Y, gamma);
            f.Mul(p.X, gamma, beta);

            // alpha = 3(X - delta)(X + delta)
            f.Sub(p.X, delta, alpha);
            f.Add(p.X, delta, t);
            f.Mul(alpha, t, alpha);
            f.MulSmall(alpha, 3, alpha);

            // Z3 = 2·Y·Z (= (Y + Z)² - gamma - delta)
            f.Mul(p.Y, p.Z, r.Z);
            f.Add(r.Z, r.Z, r.Z);

            // X3 = alpha² - 8 beta
            f.MulSmall(beta, 4, beta);
            f.Sqr(alpha, t);
            f.Sub(t, beta, t);
            f.Sub(t, beta, r.X);

            // Y3 = alpha(4 beta - X3) - 8 gamma²
            f.Sub(beta, r.X, t);
            f.Mul(alpha, t, t);
            f.Sqr(gamma, gamma);
            f.MulSmall(gamma, 8, gamma);
            f.Sub(t, gamma, r.Y);
        }

        /// <summary>
        /// p = p + (x2, y2) where <paramref name="apply"/> is all ones, p unchanged where it is 0, in
        /// constant time (madd-2007-bl; 8M + 3S). An infinite p is handled by masking; the caller
        /// guarantees p ≠ ±(x2, y2) otherwise (the scalar recodings make that impossible).
        /// </summary>
        internal void AddMixedMasked(JacobianPoint p, uint[] x2, uint[] y2, uint apply)
        {
            PrimeField f = Field;
            uint infinity = f.ZeroMask(p.Z);
            MixedSum(p, x2, y2);

            // _t3 = X3, _t4 = Y3, _t5 = Z3; an infinite p yields (x2, y2, 1) instead.
            f.Select(infinity, x2, _t3, _t3);
            f.Select(infinity, y2, _t4, _t4);
            f.Select(infinity, f.One, _t5, _t5);
            f.Select(apply, _t3, p.X, p.X);
            f.Select(apply, _t4, p.Y, p.Y);
            f.Select(apply, _t5, p.Z, p.Z);
        }

        /// <summary>r = p + (x2, y2) for public points, every case (infinity, doubling, inverse). r may be p.</summary>
        internal void AddMixedVariableTime(JacobianPoint p, uint[] x2, uint[] y2, JacobianPoint r)
        {
            PrimeField f = Field;
            if (f.ZeroMask(p.Z) != 0)
            {
                SetAffine(x2, y2, r);
                return;
            }

            MixedSum(p, x2, y2);
            if (f.ZeroMask(_t6) != 0)
            {
                // H = 0: the x-coordinates agree, so the points are equal or inverse.
                if (f.ZeroMask(_t2) != 0)
                {
                    SetAffine(x2, y2, r);
                    Double(r, r);
                }
                else
                {
                    SetInfinity(r);
                }

                return;
            }

            f.Copy(_t3, r.X);
            f.Copy(_t4, r.Y);
            f.Copy(_t5, r.Z);
        }

        // madd-2007-bl into _t3 (X3), _t4 (Y3), _t5 (Z3); leaves H in _t6 and r = 2(S2 - Y1) in _t2.
        private void MixedSum(JacobianPoint p, uint[] x2, uint[] y2)
        {
            PrimeField f = Field;
            uint[] z1z1 = _t0;
            uint[] u2 = _t1;
            uint[] s2 = _t2;
            uint[] h = _t6;

            f.Sqr(p.Z, z1z1);
            f.Mul(x2, z1z1, u2);
            f.Mul(y2, p.Z, s2);
            f.Mul(s2, z1z1, s2);
            f.Sub(u2, p.X, h);

            // Z3 = 2·Z1·H (= (Z1 + H)² - Z1Z1 - HH)
            f.Mul(p.Z, h, _t5);
            f.Add(_t5, _t5, _t5);

            // I = 4 HH, J = H I, V = X1 I, r = 2(S2 - Y1)
            uint[] i = _t3;
            f.Sqr(h, i);
            f.MulSmall(i, 4, i);
            uint[] j = _t0;
            f.Mul(h, i, j);
            uint[] v = _t1;
            f.Mul(p.X, i, v);
            uint[] rr = _t2;
            f.Sub(s2, p.Y, rr);
            f.Add(rr, rr, rr);

            // Y1·J before X3 is written (r may alias p only after MixedSum returns).
            uint[] y1j = _t4;
            f.Mul(p.Y, j, y1j);

            // X3 = r² - J - 2V
            uint[] x3 = _t3;
            f.Sqr(rr, x3);
            f.Sub(x3, j, x3);
            f.Sub(x3, v, x3);
            f.Sub(x3, v, x3);

            // Y3 = r(V - X3) - 2 Y1 J
            f.Sub(v, x3, v);
            f.Mul(rr, v, v);
            f.Add(y1j, y1j, y1j);
            f.Sub(v, y1j, _t4);
        }

        /// <summary>
        /// Writes the affine x (and y unless null) of p, in Montgomery form. Returns false for the
        /// point at infinity. The inversion is Fermat (constant time) or binary Euclid (public points).
        /// </summary>
        internal bool ToAffine(JacobianPoint p, uint[] x, uint[] y, bool constantTime)
        {
            PrimeField f = Field;
            bool infinite = f.ZeroMask(p.Z) != 0;
            uint[] zInverse = _t0;
            uint[] zz = _t1;
            if (constantTime)
            {
                f.InvertConstantTime(p.Z, zInverse);
            }
            else
            {
                f.InvertMontgomeryVariableTime(p.Z, zInverse);
            }

            f.Sqr(zInverse, zz);
            f.Mul(p.X, zz, x);
            if (y != null)
            {
                f.Mul(zz, zInverse, zz);
                f.Mul(p.Y, zz, y);
            }

            return !infinite;
        }

        /// <summary>True when (x, y), in Montgomery form, satisfies y² = x³ - 3x + b.</summary>
        internal bool IsOnCurve(uint[] x, uint[] y)
        {
            PrimeField f = Field;
            f.Sqr(y, _t0);
            f.Sqr(x, _t1);
            f.Mul(_t1, x, _t1);
            f.Add(x, x, _t2);
            f.Add(_t2, x, _t2);
            f.Sub(_t1, _t2, _t1);
            f.Add(_t1, _b, _t1);
            return f.EqualMask(_t0, _t1) != 0;
        }

        /// <summary>
        /// Converts count finite public points to affine (x, y) pairs in a flat table at entry
        /// <paramref name="firstEntry"/>, with one inversion (Montgomery's trick, HAC 14.6.3 idea).
        /// <paramref name="prefix"/> holds count·limbs scratch.
        /// </summary>
        internal void BatchToAffine(JacobianPoint[] points, int count, uint[] prefix, uint[] table, int firstEntry)
        {
            PrimeField f = Field;
            int n = _limbs;
            uint[] acc = _t3;
            f.Copy(f.One, acc);
            for (int i = 0; i < count; i++)
            {
                f.Mul(acc, points[i].Z, acc);
                System.Array.Copy(acc, 0, prefix, i * n, n);
            }

            uint[] inverse = _t4;
            f.InvertMontgomeryVariableTime(acc, inverse);
            uint[] zInverse = _t5;
            uint[] scratch = _t6;
            for (int i = count - 1; i >= 0; i--)
            {
                // inverse = (Z0···Zi)^-1; Zi^-1 = inverse·(Z0···Zi-1).
                if (i > 0)
                {
                    System.Array.Copy(prefix, (i - 1) * n, scratch, 0, n);
                    f.Mul(inverse, scratch, zInverse);
                    f.Mul(inverse, points[i].Z, inverse);
                }
                else
                {
                    f.Copy(inverse, zInverse);
                }

                f.Sqr(zInverse, _t1);
                f.Mul(points[i].X, _t1, _t2);
                System.Array.Copy(_t2, 0, table, (firstEntry + i) * 2 * n, n);
                f.Mul(_t1, zInverse, _t1);
                f.Mul(points[i].Y, _t1, _t2);
                System.Array.Copy(_t2, 0, table, ((firstEntry + i) * 2 * n) + n, n);
            }
        }
    }
}
