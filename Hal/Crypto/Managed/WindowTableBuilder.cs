namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Builds the per-window tables of a point P that <see cref="WindowMultiplier"/> reads: for each
    /// w-bit window i, the affine multiples j·2^(w·i)·P for j = 1…E, E = 2^(w-1) (entry E·i + j - 1,
    /// x‖y in the field's form). Variable time: P is public. Holds its scratch; not thread-safe.
    /// </summary>
    internal sealed class WindowTableBuilder
    {
        private readonly EcCurveParameters _curve;
        private readonly PointArithmetic _points;
        private readonly JacobianPoint[] _multiples;
        private readonly JacobianPoint _next;
        private readonly uint[] _prefix;
        private readonly uint[] _baseX;
        private readonly uint[] _baseY;

        internal WindowTableBuilder(EcCurveParameters curve, PointArithmetic points)
        {
            int limbs = curve.Limbs;
            _curve = curve;
            _points = points;
            _multiples = new JacobianPoint[curve.TableEntries];
            for (int i = 0; i < curve.TableEntries; i++)
            {
                _multiples[i] = new JacobianPoint(limbs);
            }

            _next = new JacobianPoint(limbs);
            _prefix = new uint[curve.TableEntries * limbs];
            _baseX = new uint[limbs];
            _baseY = new uint[limbs];
        }

        /// <summary>Limbs of a table for this curve: windows × entries × 2 coordinates × limbs.</summary>
        internal static int TableLength(EcCurveParameters curve)
        {
            return curve.TableWindows * curve.TableEntries * 2 * curve.Limbs;
        }

        /// <summary>Fills <paramref name="table"/> for the finite affine point (x, y) of order n.</summary>
        internal void Build(uint[] x, uint[] y, uint[] table)
        {
            PrimeField field = _points.Field;
            field.Copy(x, _baseX);
            field.Copy(y, _baseY);
            int entries = _curve.TableEntries;
            for (int window = 0; window < _curve.TableWindows; window++)
            {
                _points.SetAffine(_baseX, _baseY, _multiples[0]);
                for (int j = 1; j < entries; j++)
                {
                    _points.AddMixedVariableTime(_multiples[j - 1], _baseX, _baseY, _multiples[j]);
                }

                _points.BatchToAffine(_multiples, entries, _prefix, table, entries * window);

                // The next window's base is 2^w·base = 2·(E·base).
                _points.Double(_multiples[entries - 1], _next);
                _points.ToAffine(_next, _baseX, _baseY, false);
            }
        }
    }
}
