namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// The domain parameters of one NIST curve y² = x³ - 3x + b (FIPS 186-4 D.1.2.3, D.1.2.4) as
    /// little-endian 32-bit limbs, plain (not Montgomery) form, and factories for its fields.
    /// Both curves have prime order n and cofactor 1.
    /// </summary>
    internal sealed class EcCurveParameters
    {
        internal static readonly EcCurveParameters P256 = new EcCurveParameters(
            EcCurve.P256,
            32,
            5,
            new uint[] { 0x27D2604Bu, 0x3BCE3C3Eu, 0xCC53B0F6u, 0x651D06B0u, 0x769886BCu, 0xB3EBBD55u, 0xAA3A93E7u, 0x5AC635D8u },
            new uint[] { 0xD898C296u, 0xF4A13945u, 0x2DEB33A0u, 0x77037D81u, 0x63A440F2u, 0xF8BCE6E5u, 0xE12C4247u, 0x6B17D1F2u },
            new uint[] { 0x37BF51F5u, 0xCBB64068u, 0x6B315ECEu, 0x2BCE3357u, 0x7C0F9E16u, 0x8EE7EB4Au, 0xFE1A7F9Bu, 0x4FE342E2u });

        internal static readonly EcCurveParameters P384 = new EcCurveParameters(
            EcCurve.P384,
            48,
            4,
            new uint[] { 0xD3EC2AEFu, 0x2A85C8EDu, 0x8A2ED19Du, 0xC656398Du, 0x5013875Au, 0x0314088Fu, 0xFE814112u, 0x181D9C6Eu, 0xE3F82D19u, 0x988E056Bu, 0xE23EE7E4u, 0xB3312FA7u },
            new uint[] { 0x72760AB7u, 0x3A545E38u, 0xBF55296Cu, 0x5502F25Du, 0x82542A38u, 0x59F741E0u, 0x8BA79B98u, 0x6E1D3B62u, 0xF320AD74u, 0x8EB1C71Eu, 0xBE8B0537u, 0xAA87CA22u },
            new uint[] { 0x90EA0E5Fu, 0x7A431D7Cu, 0x1D7E819Du, 0x0A60B1CEu, 0xB5F0B8C0u, 0xE9DA3113u, 0x289A147Cu, 0xF8F41DBDu, 0x9292DC29u, 0x5D9E98BFu, 0x96262C6Fu, 0x3617DE4Au });

        internal readonly EcCurve Curve;

        /// <summary>Length of a coordinate, a scalar and r or s in bytes (32 or 48).</summary>
        internal readonly int ByteLength;

        /// <summary>Limbs per field element or scalar.</summary>
        internal readonly int Limbs;

        /// <summary>Number of 4-bit windows in a scalar (the variable-base multiplier's radix 16).</summary>
        internal readonly int Windows;

        /// <summary>
        /// Digit width of the window tables (<see cref="WindowTableBuilder"/>): 5 bits for P-256,
        /// 4 for P-384, which keeps P-384's tables to 72 KiB.
        /// </summary>
        internal readonly int TableWindowBits;

        /// <summary>Windows of <see cref="TableWindowBits"/> bits covering a scalar.</summary>
        internal readonly int TableWindows;

        /// <summary>Multiples per table window: 2^(bits - 1), for signed digits.</summary>
        internal readonly int TableEntries;

        internal readonly uint[] B;
        internal readonly uint[] Gx;
        internal readonly uint[] Gy;

        private EcCurveParameters(EcCurve curve, int byteLength, int tableWindowBits, uint[] b, uint[] gx, uint[] gy)
        {
            Curve = curve;
            ByteLength = byteLength;
            Limbs = byteLength / 4;
            Windows = 2 * byteLength;
            TableWindowBits = tableWindowBits;
            TableWindows = ((8 * byteLength) + tableWindowBits - 1) / tableWindowBits;
            TableEntries = 1 << (tableWindowBits - 1);
            B = b;
            Gx = gx;
            Gy = gy;
        }

        /// <summary>The parameters of <paramref name="curve"/>; throws for an unknown curve.</summary>
        internal static EcCurveParameters For(EcCurve curve)
        {
            if (curve == EcCurve.P256)
            {
                return P256;
            }

            if (curve == EcCurve.P384)
            {
                return P384;
            }

            throw new System.ArgumentOutOfRangeException("curve");
        }

        /// <summary>A new base-field (mod p) arithmetic instance with its own scratch.</summary>
        internal PrimeField CreateField()
        {
            if (Curve == EcCurve.P256)
            {
                return new P256Field();
            }

            return new P384Field();
        }

        /// <summary>A new scalar-field (mod n) arithmetic instance with its own scratch.</summary>
        internal PrimeField CreateScalarField()
        {
            if (Curve == EcCurve.P256)
            {
                return new P256ScalarField();
            }

            return new P384ScalarField();
        }
    }
}
