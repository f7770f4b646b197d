using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Interop;

namespace Meter.Hal.Device
{
    /// <summary>
    /// Key pairs and ECC CDH (SP 800-56A 5.7.1.2) in the firmware (<see cref="NativeCrypto"/>); the
    /// firmware validates the peer key (SP 800-56A 5.6.2.3.3) and the private scalar before use.
    /// Stateless.
    /// </summary>
    public sealed class InteropEcdh : IEcdh
    {
        private readonly EcCurve _curve;
        private readonly int _fieldSize;

        public InteropEcdh(EcCurve curve)
        {
            _curve = curve;
            _fieldSize = InteropCurves.FieldSize(curve);
        }

        /// <inheritdoc/>
        public EcCurve Curve
        {
            get { return _curve; }
        }

        /// <inheritdoc/>
        public int FieldSizeInBytes
        {
            get { return _fieldSize; }
        }

        /// <inheritdoc/>
        public bool DerivePublicKey(byte[] privateKey, int privateKeyOffset, byte[] publicKey, int publicKeyOffset)
        {
            Bounds.CheckBuffer(privateKey, privateKeyOffset, _fieldSize, "privateKey");
            Bounds.CheckBuffer(publicKey, publicKeyOffset, 2 * _fieldSize, "publicKey");
            return NativeCrypto.EcdhDerivePublicKey((int)_curve, privateKey, privateKeyOffset, publicKey, publicKeyOffset);
        }

        /// <inheritdoc/>
        public bool DeriveSharedSecret(byte[] privateKey, int privateKeyOffset, byte[] peerPublicKey, int peerPublicKeyOffset, byte[] sharedSecret, int sharedSecretOffset)
        {
            Bounds.CheckBuffer(privateKey, privateKeyOffset, _fieldSize, "privateKey");
            Bounds.CheckBuffer(peerPublicKey, peerPublicKeyOffset, 2 * _fieldSize, "peerPublicKey");
            Bounds.CheckBuffer(sharedSecret, sharedSecretOffset, _fieldSize, "sharedSecret");
            return NativeCrypto.EcdhDeriveSharedSecret((int)_curve, privateKey, privateKeyOffset, peerPublicKey, peerPublicKeyOffset, sharedSecret, sharedSecretOffset);
        }
    }
}
