namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// The window table (<see cref="WindowTableBuilder"/>) of the most recent public key, for a
    /// meter that verifies or agrees with the same head-end key again and again. A key earns its
    /// table on its fourth consecutive use (building costs about ten uncached operations, so a key
    /// used only once or twice never pays for it); with it, a scalar multiplication of that key
    /// needs no doublings. The table array is
    /// allocated on the first promotion and reused for later keys: 52 KiB for P-256, 72 KiB for
    /// P-384. Not thread-safe.
    /// </summary>
    internal sealed class KeyTableCache
    {
        private readonly EcCurveParameters _curve;
        private readonly WindowTableBuilder _builder;
        // Consecutive uses before a key's table is built (BouncyCastle promotes precomputations similarly).
        private const int PromotionUses = 4;

        private readonly byte[] _lastKey;
        private int _uses;
        private bool _built;
        private uint[] _table;

        internal KeyTableCache(EcCurveParameters curve, PointArithmetic points)
        {
            _curve = curve;
            _builder = new WindowTableBuilder(curve, points);
            _lastKey = new byte[2 * curve.ByteLength];
        }

        /// <summary>
        /// The table of the validated key X‖Y at <paramref name="offset"/> (affine (x, y) in the
        /// field's form) once the same key has come <see cref="PromotionUses"/> times in a row,
        /// building it if needed; null before that. A different key restarts the count.
        /// </summary>
        internal uint[] TableFor(byte[] key, int offset, uint[] x, uint[] y)
        {
            int length = _lastKey.Length;
            bool same = _uses > 0;
            for (int i = 0; i < length && same; i++)
            {
                same = key[offset + i] == _lastKey[i];
            }

            if (!same)
            {
                System.Array.Copy(key, offset, _lastKey, 0, length);
                _uses = 1;
                _built = false;
                return null;
            }

            if (_uses < PromotionUses)
            {
                _uses++;
                if (_uses < PromotionUses)
                {
                    return null;
                }
            }

            if (!_built)
            {
                if (_table == null)
                {
                    _table = new uint[WindowTableBuilder.TableLength(_curve)];
                }

                _builder.Build(x, y, _table);
                _built = true;
            }

            return _table;
        }
    }
}
