using System;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Private-key generation by rejection sampling (FIPS 186-4 appendix B.4.2, "testing
    /// candidates"): draw a field-size candidate c, retry while c &gt; n - 2, return d = c + 1.
    /// Works on the caller's buffer, allocates nothing, and is safe to call from several threads.
    /// </summary>
    public static class EcKeyGenerator
    {
        // A healthy DRBG is rejected with probability below 2^-32 per draw (n is close to 2^bits);
        // 64 rejections in a row mean a broken source, not bad luck.
        private const int MaxAttempts = 64;

        private static readonly byte[] P256OrderMinusOne = Order(EcCurve.P256);
        private static readonly byte[] P384OrderMinusOne = Order(EcCurve.P384);

        /// <summary>
        /// Writes a private key d in [1, n-1] (big-endian, field size) at <paramref name="offset"/>.
        /// Returns false, with the range zeroed, if <paramref name="random"/> kept producing
        /// out-of-range candidates (a failed source).
        /// </summary>
        public static bool GeneratePrivateKey(EcCurve curve, IRandomSource random, byte[] privateKey, int offset)
        {
            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            byte[] limit = curve == EcCurve.P256 ? P256OrderMinusOne : curve == EcCurve.P384 ? P384OrderMinusOne : null;
            if (limit == null)
            {
                throw new ArgumentOutOfRangeException("curve");
            }

            int size = limit.Length;
            Bounds.CheckBuffer(privateKey, offset, size, "privateKey");
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                random.GetBytes(privateKey, offset, size);

                // c ≤ n - 2 exactly when c < n - 1: the subtraction c - (n - 1) borrows. Constant time.
                int borrow = 0;
                for (int i = size - 1; i >= 0; i--)
                {
                    borrow = (privateKey[offset + i] - limit[i] + borrow) >> 8;
                }

                if (borrow != 0)
                {
                    // d = c + 1, carried through every byte so the time does not depend on c.
                    int carry = 1;
                    for (int i = size - 1; i >= 0; i--)
                    {
                        int sum = privateKey[offset + i] + carry;
                        privateKey[offset + i] = (byte)sum;
                        carry = sum >> 8;
                    }

                    return true;
                }
            }

            Array.Clear(privateKey, offset, size);
            return false;
        }

        private static byte[] Order(EcCurve curve)
        {
            EcCurveParameters parameters = EcCurveParameters.For(curve);
            PrimeField scalar = parameters.CreateScalarField();
            uint[] n = new uint[parameters.Limbs];
            scalar.Copy(scalar.Modulus, n);
            n[0] -= 1;
            byte[] encoded = new byte[parameters.ByteLength];
            scalar.Encode(n, encoded, 0);
            return encoded;
        }
    }
}
