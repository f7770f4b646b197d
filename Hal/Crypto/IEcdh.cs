namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Elliptic-curve key pairs and Diffie-Hellman (SP 800-56A section 5.7.1.2, ECC CDH) on one curve.
    /// Encodings as in <see cref="IEcdsa"/>.
    /// </summary>
    public interface IEcdh
    {
        EcCurve Curve { get; }

        int FieldSizeInBytes { get; }

        /// <summary>Writes Q = d·G as X‖Y. Returns false if d is not in [1, n-1].</summary>
        bool DerivePublicKey(byte[] privateKey, int privateKeyOffset, byte[] publicKey, int publicKeyOffset);

        /// <summary>
        /// Writes the shared secret Z (the x-coordinate of d·Q, field size bytes). Returns false,
        /// writing nothing, if the peer key is not a valid point on this curve (SP 800-56A
        /// section 5.6.2.3.3 full public-key validation), d is out of range, or the result is the point at infinity.
        /// </summary>
        bool DeriveSharedSecret(byte[] privateKey, int privateKeyOffset, byte[] peerPublicKey, int peerPublicKeyOffset, byte[] sharedSecret, int sharedSecretOffset);
    }
}
