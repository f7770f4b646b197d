namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Scalar multiples of a point whose window table (<see cref="WindowTableBuilder"/>) exists:
    /// G from <see cref="GeneratorTables"/>, or a public key used repeatedly. The scalar is recoded
    /// to signed radix 2^w (w = <see cref="EcCurveParameters.TableWindowBits"/>) and each window
    /// adds one table entry, so no doublings are needed.
    /// <see cref="MultiplyConstantTime"/> reads every entry of each window through masks and
    /// never branches on the scalar. Not thread-safe.
    /// </summary>
    internal sealed class WindowMultiplier
    {
        private readonly EcCurveParameters _curve;
        private readonly PrimeField _scalar;
        private readonly PointArithmetic _points;
        private readonly uint[] _k;
        private readonly int[] _digits;
        private readonly int[] _digits2;
        private readonly uint[] _x;
        private readonly uint[] _y;
        private readonly uint[] _scratch;
        private readonly uint[] _xy;

        internal WindowMultiplier(EcCurveParameters curve, PrimeField scalar, PointArithmetic points)
        {
            _curve = curve;
            _scalar = scalar;
            _points = points;
            _k = new uint[curve.Limbs];
            _digits = new int[curve.TableWindows];
            _digits2 = new int[curve.TableWindows];
            _x = new uint[curve.Limbs];
            _y = new uint[curve.Limbs];
            _xy = new uint[2 * curve.Limbs];
            _scratch = new uint[curve.Limbs];
        }

        /// <summary>r = k·P in constant time, for a plain scalar k in [1, n-1] and P's window table.</summary>
        internal void MultiplyConstantTime(uint[] k, uint[] table, JacobianPoint r)
        {
            PrimeField field = _points.Field;

            // With k below n/2 every partial sum stays apart from ± the next table entry
            // (their difference is nonzero and below n), so the incomplete addition is exact.
            uint negate = _scalar.NegateToLowerHalf(k, _k);
            ScalarRecoding.SignedRadix(_k, _curve.TableWindowBits, _curve.TableWindows, _digits);
            System.Array.Clear(_k, 0, _k.Length);

            int entries = _curve.TableEntries;
            _points.SetInfinity(r);
            for (int window = 0; window < _curve.TableWindows; window++)
            {
                uint nonzero = AffineTable.LookupSigned(field, table, entries * window, entries, _digits[window], _xy, _x, _y);
                _points.AddMixedMasked(r, _x, _y, nonzero);
            }

            System.Array.Clear(_digits, 0, _digits.Length);
            field.Negate(r.Y, _scratch);
            field.Select(negate, _scratch, r.Y, r.Y);
        }

        /// <summary>
        /// r = u1·P1 + u2·P2 for public scalars below n and the window tables of two public points,
        /// in variable time (zero digits are skipped; every special case of the addition is handled).
        /// </summary>
        internal void SumVariableTime(uint[] u1, uint[] table1, uint[] u2, uint[] table2, JacobianPoint r)
        {
            bool negate1 = Recode(u1, _digits);
            bool negate2 = Recode(u2, _digits2);
            _points.SetInfinity(r);
            for (int window = 0; window < _curve.TableWindows; window++)
            {
                AddEntry(table1, window, _digits[window], negate1, r);
                AddEntry(table2, window, _digits2[window], negate2, r);
            }
        }

        // Signed radix 2^w of min(u, n - u); true when that is n - u (the sum must then be negated).
        private bool Recode(uint[] u, int[] digits)
        {
            if (_scalar.ZeroMask(u) != 0)
            {
                System.Array.Clear(digits, 0, digits.Length);
                return false;
            }

            bool negate = _scalar.NegateToLowerHalf(u, _k) != 0;
            ScalarRecoding.SignedRadix(_k, _curve.TableWindowBits, _curve.TableWindows, digits);
            return negate;
        }

        private void AddEntry(uint[] table, int window, int digit, bool negate, JacobianPoint r)
        {
            if (digit == 0)
            {
                return;
            }

            int limbs = _curve.Limbs;
            int magnitude = digit < 0 ? -digit : digit;
            int offset = ((_curve.TableEntries * window) + magnitude - 1) * 2 * limbs;
            System.Array.Copy(table, offset, _x, 0, limbs);
            System.Array.Copy(table, offset + limbs, _y, 0, limbs);
            if ((digit < 0) != negate)
            {
                _points.Field.Negate(_y, _y);
            }

            _points.AddMixedVariableTime(r, _x, _y, r);
        }
    }
}
