using System.Runtime.CompilerServices;

namespace Meter.Hal.Crypto.Interop
{
    /// <summary>
    /// The crypto functions of a custom nanoFramework firmware built with this interop assembly
    /// (Hal/Interop/README.md): Mbed TLS, with the chip's accelerators where its port has them.
    /// Declarations only, on purpose: the firmware binds this assembly by a checksum over every
    /// method of every type in it (managed ones included), so anything added here means new
    /// stubs and a new firmware. The adapters to the HAL interfaces live in Meter.Hal
    /// (Hal/Device/Crypto/Interop). Curves are the Meter.Hal.Crypto.EcCurve values (1 = P-256, 2 = P-384);
    /// keys, points and signatures use the encodings of Meter.Hal.Crypto.IEcdsa (scalar d, X‖Y, r‖s, big-endian). Every (array, offset,
    /// length) is checked natively; a bad one throws ArgumentException or ArgumentOutOfRangeException.
    /// </summary>
    public static class NativeCrypto
    {
        /// <summary>The functions this firmware was built with: a Meter.Hal.Crypto.InteropFunctions bit set.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetFunctions();

        /// <summary>
        /// Starts a SHA-256 (<paramref name="hashLength"/> 32) or SHA-384 (48) digest in one of the
        /// firmware's few digest contexts and returns its handle, or -1 when all are in use.
        /// </summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Sha2Begin(int hashLength);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Sha2Update(int context, byte[] data, int offset, int count);

        /// <summary>Writes the digest and frees the context (the handle is invalid afterwards).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Sha2Finish(int context, byte[] output, int outputOffset);

        /// <summary>Frees the context without a digest; an invalid or already freed handle is ignored.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Sha2Release(int context);

        /// <summary>Deterministic ECDSA (RFC 6979, HMAC-DRBG over the curve's hash) into r‖s; false, writing nothing, for a private key outside [1, n-1].</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool EcdsaSignHash(int curve, byte[] privateKey, int privateKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool EcdsaVerifyHash(int curve, byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool EcdhDerivePublicKey(int curve, byte[] privateKey, int privateKeyOffset, byte[] publicKey, int publicKeyOffset);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool EcdhDeriveSharedSecret(int curve, byte[] privateKey, int privateKeyOffset, byte[] peerPublicKey, int peerPublicKeyOffset, byte[] sharedSecret, int sharedSecretOffset);

        /// <summary>AES-GCM encryption under a 16- or 32-byte key with a 12-byte nonce and a 12- to 16-byte tag.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void AesGcmEncrypt(
            byte[] key, int keyOffset, int keyLength,
            byte[] nonce, int nonceOffset,
            byte[] input, int inputOffset, int length,
            byte[] output, int outputOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength);

        /// <summary>Checks the tag in constant time and only then writes the plaintext; false, writing nothing, for a wrong tag or tag length.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool AesGcmDecrypt(
            byte[] key, int keyOffset, int keyLength,
            byte[] nonce, int nonceOffset,
            byte[] input, int inputOffset, int length,
            byte[] output, int outputOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength);
    }
}
