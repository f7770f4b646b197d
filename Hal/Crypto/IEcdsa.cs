namespace Meter.Hal.Crypto
{
    /// <summary>
    /// ECDSA (FIPS 186-4 section 6) on one curve. Encodings follow DLMS (Green Book 9.2.3.4.x):
    /// a private key is the scalar d as a big-endian field-size string; a public key is X‖Y
    /// (uncompressed, without the 04 prefix); a signature is r‖s (IEEE P1363). The caller
    /// hashes the message (SHA-256 for P-256, SHA-384 for P-384) and passes the digest.
    /// </summary>
    public interface IEcdsa
    {
        EcCurve Curve { get; }

        /// <summary>Scalar and coordinate length: 32 or 48.</summary>
        int FieldSizeInBytes { get; }

        /// <summary>
        /// Signs and writes r‖s. The device providers derive the nonce k deterministically from the
        /// key and digest (RFC 6979 section 3.2), so a weak RNG cannot leak the key; the host oracle
        /// (.NET) draws k at random. Returns false, writing nothing, if the private key is not in [1, n-1].
        /// </summary>
        bool SignHash(byte[] privateKey, int privateKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset);

        /// <summary>
        /// True only for a valid r‖s of exactly 2 × field size bytes with r, s in [1, n-1] over the digest,
        /// under a public key that is a valid point on the curve.
        /// </summary>
        bool VerifyHash(byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength);
    }
}
