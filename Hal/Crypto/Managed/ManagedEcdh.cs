using System;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Elliptic-curve key derivation and Diffie-Hellman (SP 800-56A section 5.7.1.2) on P-256 or
    /// P-384 in managed code. Both operations are constant time in the private key (signed-digit
    /// fixed windows with full-scan table lookups and masked additions, Fermat inversion); the peer
    /// key is fully validated on every call. An instance preallocates its scratch (the key table on
    /// first need), so an operation allocates nothing; it is not thread-safe: use one instance per thread.
    /// </summary>
    public sealed class ManagedEcdh : IEcdh
    {
        private readonly EcContext _context;
        private readonly WindowMultiplier _windows;
        private readonly uint[] _generatorTable;
        private readonly uint[] _gx;
        private readonly uint[] _gy;
        private readonly VariableBaseMultiplier _variableBase;
        private readonly KeyTableCache _keyTables;
        private readonly JacobianPoint _point;
        private readonly uint[] _d;
        private readonly uint[] _x;
        private readonly uint[] _y;

        /// <summary>Creates ECDH on <paramref name="curve"/> with <see cref="EcTableSize.Compact"/> tables (safe on a device).</summary>
        public ManagedEcdh(EcCurve curve)
            : this(curve, EcTableSize.Compact)
        {
        }

        /// <summary>
        /// Creates ECDH on <paramref name="curve"/>; the curve's shared base-point tables are built
        /// on first use. With <see cref="EcTableSize.Large"/>, public-key derivation uses the window
        /// table of G and a peer key used four times in a row (a static head-end key) gets a window
        /// table of its own that makes later agreements with it about three times as fast; the
        /// multiplication stays constant time either way.
        /// </summary>
        public ManagedEcdh(EcCurve curve, EcTableSize tables)
        {
            _context = new EcContext(curve);
            EcCurveParameters parameters = _context.Curve;
            _windows = new WindowMultiplier(parameters, _context.Scalar, _context.Points);
            if (tables == EcTableSize.Large)
            {
                _generatorTable = GeneratorTables.Windows(curve);
                _keyTables = new KeyTableCache(parameters, _context.Points);
            }
            else
            {
                _gx = new uint[parameters.Limbs];
                _gy = new uint[parameters.Limbs];
                GeneratorTables.Generator(parameters, _context.Field, _gx, _gy);
            }

            _variableBase = new VariableBaseMultiplier(parameters, _context.Scalar, _context.Points);
            _point = new JacobianPoint(parameters.Limbs);
            _d = new uint[parameters.Limbs];
            _x = new uint[parameters.Limbs];
            _y = new uint[parameters.Limbs];
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
        public bool DerivePublicKey(byte[] privateKey, int privateKeyOffset, byte[] publicKey, int publicKeyOffset)
        {
            int size = _context.Curve.ByteLength;
            Bounds.CheckBuffer(privateKey, privateKeyOffset, size, "privateKey");
            Bounds.CheckBuffer(publicKey, publicKeyOffset, 2 * size, "publicKey");
            bool valid = _context.DecodePrivateKey(privateKey, privateKeyOffset, _d);
            if (valid)
            {
                if (_generatorTable != null)
                {
                    _windows.MultiplyConstantTime(_d, _generatorTable, _point);
                }
                else
                {
                    _variableBase.Multiply(_d, _gx, _gy, _point);
                }

                _context.Points.ToAffine(_point, _x, _y, true);
                _context.EncodeCoordinate(_x, publicKey, publicKeyOffset);
                _context.EncodeCoordinate(_y, publicKey, publicKeyOffset + size);
            }

            Wipe();
            return valid;
        }

        /// <inheritdoc/>
        public bool DeriveSharedSecret(byte[] privateKey, int privateKeyOffset, byte[] peerPublicKey, int peerPublicKeyOffset, byte[] sharedSecret, int sharedSecretOffset)
        {
            int size = _context.Curve.ByteLength;
            Bounds.CheckBuffer(privateKey, privateKeyOffset, size, "privateKey");
            Bounds.CheckBuffer(peerPublicKey, peerPublicKeyOffset, 2 * size, "peerPublicKey");
            Bounds.CheckBuffer(sharedSecret, sharedSecretOffset, size, "sharedSecret");
            if (!_context.DecodePublicKey(peerPublicKey, peerPublicKeyOffset, _x, _y))
            {
                return false;
            }

            if (!_context.DecodePrivateKey(privateKey, privateKeyOffset, _d))
            {
                Wipe();
                return false;
            }

            // SP 800-56A section 5.7.1.2: P = d·Q; Z = x(P), failing if P is the point at infinity
            // (impossible for a validated Q of prime order and d in [1, n-1], checked anyway).
            uint[] peerTable = _keyTables == null ? null : _keyTables.TableFor(peerPublicKey, peerPublicKeyOffset, _x, _y);
            if (peerTable != null)
            {
                _windows.MultiplyConstantTime(_d, peerTable, _point);
            }
            else
            {
                _variableBase.Multiply(_d, _x, _y, _point);
            }

            bool finite = _context.Points.ToAffine(_point, _x, null, true);
            if (finite)
            {
                _context.EncodeCoordinate(_x, sharedSecret, sharedSecretOffset);
            }

            Wipe();
            return finite;
        }

        private void Wipe()
        {
            Array.Clear(_d, 0, _d.Length);
            Array.Clear(_x, 0, _x.Length);
            Array.Clear(_y, 0, _y.Length);
            Array.Clear(_point.X, 0, _point.X.Length);
            Array.Clear(_point.Y, 0, _point.Y.Length);
            Array.Clear(_point.Z, 0, _point.Z.Length);
        }
    }
}
