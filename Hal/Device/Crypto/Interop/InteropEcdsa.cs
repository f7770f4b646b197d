using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Interop;

namespace Meter.Hal.Device
{
    /// <summary>
    /// ECDSA in the firmware (<see cref="NativeCrypto"/>): deterministic signatures (RFC 6979,
    /// Mbed TLS mbedtls_ecdsa_sign_det_ext with the curve's hash, as the managed provider signs) and
    /// verification with full public-key validation. Stateless; the private key crosses into native
    /// code per call and the firmware zeroes its copy.
    /// </summary>
    public sealed class InteropEcdsa : IEcdsa
    {
        private readonly EcCurve _curve;
        private readonly int _fieldSize;

        public InteropEcdsa(EcCurve curve)
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
        public bool SignHash(byte[] privateKey, int privateKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset)
        {
            Bounds.CheckBuffer(privateKey, privateKeyOffset, _fieldSize, "privateKey");
            Bounds.CheckBuffer(hash, hashOffset, hashLength, "hash");
            Bounds.CheckBuffer(signature, signatureOffset, 2 * _fieldSize, "signature");
            return NativeCrypto.EcdsaSignHash((int)_curve, privateKey, privateKeyOffset, hash, hashOffset, hashLength, signature, signatureOffset);
        }

        /// <inheritdoc/>
        public bool VerifyHash(byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            Bounds.CheckBuffer(publicKey, publicKeyOffset, 2 * _fieldSize, "publicKey");
            Bounds.CheckBuffer(hash, hashOffset, hashLength, "hash");
            Bounds.CheckBuffer(signature, signatureOffset, signatureLength, "signature");
            if (signatureLength != 2 * _fieldSize)
            {
                return false;
            }

            return NativeCrypto.EcdsaVerifyHash((int)_curve, publicKey, publicKeyOffset, hash, hashOffset, hashLength, signature, signatureOffset, signatureLength);
        }
    }
}
