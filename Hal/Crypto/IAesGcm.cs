namespace Meter.Hal.Crypto
{
    /// <summary>
    /// AES-GCM (NIST SP 800-38D) under one key. Tags may be truncated to 12 bytes, as DLMS
    /// security suites do (SP 800-38D section 5.2.1.2 allows 12 to 16); GMAC is a call with an
    /// empty plaintext. Nonces are 12 bytes (the DLMS system title plus invocation counter).
    /// </summary>
    public interface IAesGcm
    {
        /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="ciphertext"/> (same length; the regions may coincide) and writes a tag of <paramref name="tagLength"/> bytes.</summary>
        void Encrypt(
            byte[] nonce, int nonceOffset,
            byte[] plaintext, int plaintextOffset, int length,
            byte[] ciphertext, int ciphertextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength);

        /// <summary>
        /// Checks the tag in constant time and, only when it matches, decrypts into
        /// <paramref name="plaintext"/>. Returns false, writing nothing, for a wrong tag or tag length.
        /// </summary>
        bool Decrypt(
            byte[] nonce, int nonceOffset,
            byte[] ciphertext, int ciphertextOffset, int length,
            byte[] plaintext, int plaintextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength);

        /// <summary>Zeroises the key and hash subkey; the cipher is unusable afterwards.</summary>
        void Clear();
    }
}
