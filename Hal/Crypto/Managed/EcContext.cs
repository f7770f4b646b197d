namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// The per-instance arithmetic of one curve (base field, scalar field, group law) with the
    /// key encodings the ECDSA and ECDH classes share. Holds scratch: not thread-safe.
    /// </summary>
    internal sealed class EcContext
    {
        internal readonly EcCurveParameters Curve;
        internal readonly PrimeField Field;
        internal readonly PrimeField Scalar;
        internal readonly PointArithmetic Points;
        private readonly uint[] _scratch;

        internal EcContext(EcCurve curve)
        {
            Curve = EcCurveParameters.For(curve);
            Field = Curve.CreateField();
            Scalar = Curve.CreateScalarField();
            Points = new PointArithmetic(Curve, Field);
            _scratch = new uint[Curve.Limbs];
        }

        /// <summary>
        /// Reads a private key d (big-endian, field size) as plain limbs; true when d is in [1, n-1].
        /// The range check is constant time.
        /// </summary>
        internal bool DecodePrivateKey(byte[] source, int offset, uint[] d)
        {
            Scalar.Decode(source, offset, d);
            return (~Scalar.ZeroMask(d) & Scalar.BelowModulusMask(d)) != 0;
        }

        /// <summary>
        /// Reads a public key X‖Y into Montgomery-form coordinates and validates it (SP 800-56A
        /// section 5.6.2.3.3): each coordinate below p and y² = x³ - 3x + b. With cofactor 1 that is
        /// full validation; X‖Y cannot encode the point at infinity, and (0, 0) is not on the curve.
        /// </summary>
        internal bool DecodePublicKey(byte[] source, int offset, uint[] x, uint[] y)
        {
            Field.Decode(source, offset, x);
            Field.Decode(source, offset + Curve.ByteLength, y);
            if (Field.BelowModulusMask(x) == 0 || Field.BelowModulusMask(y) == 0)
            {
                return false;
            }

            Field.ToMontgomery(x, x);
            Field.ToMontgomery(y, y);
            return Points.IsOnCurve(x, y);
        }

        /// <summary>Writes a Montgomery-form coordinate as a big-endian field-size string.</summary>
        internal void EncodeCoordinate(uint[] montgomery, byte[] destination, int offset)
        {
            Field.FromMontgomery(montgomery, _scratch);
            Field.Encode(_scratch, destination, offset);
        }
    }
}
