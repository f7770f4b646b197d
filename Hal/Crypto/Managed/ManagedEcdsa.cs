using System;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// ECDSA (FIPS 186-4 section 6) on P-256 or P-384 in managed code, with deterministic nonces
    /// (RFC 6979). Signing is constant time in the private key and nonce (signed-digit windows
    /// with full-scan lookups and masked additions, over a precomputed table of G or a per-call one
    /// by <see cref="EcTableSize"/>; Fermat inversions); verification is variable time (interleaved
    /// wNAF, or the window tables of G and of a public key used repeatedly). An instance
    /// preallocates its scratch (the key table on first need), so an operation allocates nothing;
    /// it is not thread-safe: use one instance per thread.
    /// </summary>
    public sealed class ManagedEcdsa : IEcdsa
    {
        private readonly EcContext _context;
        private readonly WindowMultiplier _windows;
        private readonly uint[] _generatorTable;
        private readonly VariableBaseMultiplier _variableBase;
        private readonly uint[] _gx;
        private readonly uint[] _gy;
        private readonly DoubleScalarMultiplier _doubleScalar;
        private readonly KeyTableCache _keyTables;
        private readonly Rfc6979Nonce _nonce;
        private readonly JacobianPoint _point;
        private readonly uint[] _d;
        private readonly uint[] _e;
        private readonly uint[] _k;
        private readonly uint[] _r;
        private readonly uint[] _s;
        private readonly uint[] _t;
        private readonly uint[] _x;
        private readonly uint[] _y;
        private readonly byte[] _reducedHash;

        /// <summary>Creates ECDSA on <paramref name="curve"/> with <see cref="EcTableSize.Compact"/> tables (safe on a device).</summary>
        public ManagedEcdsa(EcCurve curve)
            : this(curve, EcTableSize.Compact)
        {
        }

        /// <summary>
        /// Creates ECDSA on <paramref name="curve"/>; the curve's shared base-point tables are built
        /// on first use. With <see cref="EcTableSize.Large"/>, signing uses the window table of G and a
        /// public key verified four times in a row gets a window table of its own (allocated once
        /// per instance) that makes later verifications under it about twice as fast.
        /// </summary>
        public ManagedEcdsa(EcCurve curve, EcTableSize tables)
        {
            _context = new EcContext(curve);
            EcCurveParameters parameters = _context.Curve;
            int limbs = parameters.Limbs;
            _windows = new WindowMultiplier(parameters, _context.Scalar, _context.Points);
            if (tables == EcTableSize.Large)
            {
                _generatorTable = GeneratorTables.Windows(curve);
                _keyTables = new KeyTableCache(parameters, _context.Points);
            }
            else
            {
                _variableBase = new VariableBaseMultiplier(parameters, _context.Scalar, _context.Points);
                _gx = new uint[limbs];
                _gy = new uint[limbs];
                GeneratorTables.Generator(parameters, _context.Field, _gx, _gy);
            }

            _doubleScalar = new DoubleScalarMultiplier(parameters, _context.Points);
            _nonce = new Rfc6979Nonce(parameters, _context.Scalar);
            _point = new JacobianPoint(limbs);
            _d = new uint[limbs];
            _e = new uint[limbs];
            _k = new uint[limbs];
            _r = new uint[limbs];
            _s = new uint[limbs];
            _t = new uint[limbs];
            _x = new uint[limbs];
            _y = new uint[limbs];
            _reducedHash = new byte[parameters.ByteLength];
        }

        /// <inheritdoc/>
        public EcCurve Curve
        {
            get { return _context.Curve.Curve; }
        }

        /// <inheritdoc/>
        public int FieldSizeInBytes
        {
            get { return _context.Curve.ByteLength; }
        }

        /// <inheritdoc/>
        public bool SignHash(byte[] privateKey, int privateKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset)
        {
            int size = _context.Curve.ByteLength;
            Bounds.CheckBuffer(privateKey, privateKeyOffset, size, "privateKey");
            Bounds.CheckBuffer(hash, hashOffset, hashLength, "hash");
            Bounds.CheckBuffer(signature, signatureOffset, 2 * size, "signature");
            PrimeField scalar = _context.Scalar;
            if (!_context.DecodePrivateKey(privateKey, privateKeyOffset, _d))
            {
                Array.Clear(_d, 0, _d.Length);
                return false;
            }

            // e = bits2int(H) mod n (FIPS 186-4 section 6.4); n > 2^(8·size - 1), so one subtraction reduces it.
            scalar.DecodeLeftmost(hash, hashOffset, hashLength, _e);
            scalar.ReduceOnce(_e);
            scalar.Encode(_e, _reducedHash, 0);
            _nonce.Start(privateKey, privateKeyOffset, _reducedHash, 0);

            scalar.ToMontgomery(_d, _d);
            scalar.ToMontgomery(_e, _e);
            while (true)
            {
                _nonce.Next(_k);

                // r = x(k·G) mod n; p < 2n, so one subtraction reduces it.
                if (_generatorTable != null)
                {
                    _windows.MultiplyConstantTime(_k, _generatorTable, _point);
                }
                else
                {
                    _variableBase.Multiply(_k, _gx, _gy, _point);
                }

                _context.Points.ToAffine(_point, _x, null, true);
                _context.Field.FromMontgomery(_x, _r);
                scalar.ReduceOnce(_r);
                if (scalar.ZeroMask(_r) != 0)
                {
                    continue;
                }

                // s = k^-1 (e + r·d) mod n, all in Montgomery form.
                scalar.ToMontgomery(_k, _k);
                scalar.InvertConstantTime(_k, _k);
                scalar.ToMontgomery(_r, _t);
                scalar.Mul(_t, _d, _t);
                scalar.Add(_t, _e, _t);
                scalar.Mul(_k, _t, _s);
                scalar.FromMontgomery(_s, _s);
                if (scalar.ZeroMask(_s) != 0)
                {
                    continue;
                }

                break;
            }

            scalar.Encode(_r, signature, signatureOffset);
            scalar.Encode(_s, signature, signatureOffset + size);
            Wipe();
            return true;
        }

        /// <inheritdoc/>
        public bool VerifyHash(byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            int size = _context.Curve.ByteLength;
            Bounds.CheckBuffer(publicKey, publicKeyOffset, 2 * size, "publicKey");
            Bounds.CheckBuffer(hash, hashOffset, hashLength, "hash");
            Bounds.CheckBuffer(signature, signatureOffset, signatureLength, "signature");
            if (signatureLength != 2 * size)
            {
                return false;
            }

            PrimeField scalar = _context.Scalar;
            PrimeField field = _context.Field;

            // FIPS 186-4 section 6.4.2 step 1: r and s in [1, n-1].
            scalar.Decode(signature, signatureOffset, _r);
            scalar.Decode(signature, signatureOffset + size, _s);
            if (scalar.ZeroMask(_r) != 0 || scalar.BelowModulusMask(_r) == 0 || scalar.ZeroMask(_s) != 0 || scalar.BelowModulusMask(_s) == 0)
            {
                return false;
            }

            if (!_context.DecodePublicKey(publicKey, publicKeyOffset, _x, _y))
            {
                return false;
            }

            // u1 = e·w, u2 = r·w with w = s^-1; a Montgomery product with w·R gives plain results.
            scalar.DecodeLeftmost(hash, hashOffset, hashLength, _e);
            scalar.ReduceOnce(_e);
            scalar.InvertVariableTime(_s, _t);
            scalar.ToMontgomery(_t, _t);
            scalar.Mul(_e, _t, _e);
            scalar.Mul(_r, _t, _s);
            uint[] keyTable = _keyTables == null ? null : _keyTables.TableFor(publicKey, publicKeyOffset, _x, _y);
            if (keyTable != null)
            {
                _windows.SumVariableTime(_e, _generatorTable, _s, keyTable, _point);
            }
            else
            {
                _doubleScalar.Multiply(_e, _s, _x, _y, _point);
            }

            if (_context.Points.IsInfinity(_point))
            {
                return false;
            }

            // x(R) mod n = r without an inversion: x(R) is r or r + n (when below p), and
            // x(R) = X/Z², so compare X with candidate·Z².
            uint[] zz = _t;
            field.Sqr(_point.Z, zz);
            field.ToMontgomery(_r, _k);
            field.Mul(_k, zz, _k);
            if (field.EqualMask(_k, _point.X) != 0)
            {
                return true;
            }

            if (!AddOrder(_r))
            {
                return false;
            }

            field.ToMontgomery(_r, _k);
            field.Mul(_k, zz, _k);
            return field.EqualMask(_k, _point.X) != 0;
        }

        // r += n; true when the sum is still a field element (below p).
        private bool AddOrder(uint[] r)
        {
            uint[] n = _context.Scalar.Modulus;
            ulong carry = 0;
            for (int i = 0; i < r.Length; i++)
            {
                ulong sum = (ulong)r[i] + n[i] + carry;
                r[i] = (uint)sum;
                carry = sum >> 32;
            }

            return carry == 0 && _context.Field.BelowModulusMask(r) != 0;
        }

        private void Wipe()
        {
            Array.Clear(_d, 0, _d.Length);
            Array.Clear(_k, 0, _k.Length);
            Array.Clear(_t, 0, _t.Length);
            Array.Clear(_point.X, 0, _point.X.Length);
            Array.Clear(_point.Y, 0, _point.Y.Length);
            Array.Clear(_point.Z, 0, _point.Z.Length);
            _nonce.Clear();
        }
    }
}
