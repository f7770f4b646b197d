using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>AES-GCM over .NET's AesGcm, one instance per tag length (AesGcm fixes it at construction).</summary>
    internal sealed class HostAesGcm : IAesGcm
    {
        private readonly AesGcm[] _byTagLength = new AesGcm[17];
        private byte[] _key;

        public HostAesGcm(byte[] key, int offset, int count)
        {
            _key = key.AsSpan(offset, count).ToArray();
        }

        public void Encrypt(byte[] nonce, int nonceOffset, byte[] plaintext, int plaintextOffset, int length, byte[] ciphertext, int ciphertextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
        {
            For(tagLength).Encrypt(
                nonce.AsSpan(nonceOffset, 12),
                plaintext.AsSpan(plaintextOffset, length),
                ciphertext.AsSpan(ciphertextOffset, length),
                tag.AsSpan(tagOffset, tagLength),
                associatedData == null ? default : associatedData.AsSpan(associatedDataOffset, associatedDataLength));
        }

        public bool Decrypt(byte[] nonce, int nonceOffset, byte[] ciphertext, int ciphertextOffset, int length, byte[] plaintext, int plaintextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
        {
            if (tagLength < 12 || tagLength > 16)
            {
                return false;
            }

            // AesGcm writes nothing useful on failure but may touch the output: decrypt into a scratch copy.
            byte[] scratch = new byte[length];
            try
            {
                For(tagLength).Decrypt(
                    nonce.AsSpan(nonceOffset, 12),
                    ciphertext.AsSpan(ciphertextOffset, length),
                    tag.AsSpan(tagOffset, tagLength),
                    scratch,
                    associatedData == null ? default : associatedData.AsSpan(associatedDataOffset, associatedDataLength));
            }
            catch (AuthenticationTagMismatchException)
            {
                return false;
            }

            scratch.CopyTo(plaintext, plaintextOffset);
            return true;
        }

        public void Clear()
        {
            for (int i = 0; i < _byTagLength.Length; i++)
            {
                _byTagLength[i]?.Dispose();
                _byTagLength[i] = null;
            }

            if (_key != null)
            {
                CryptographicOperations.ZeroMemory(_key);
                _key = null;
            }
        }

        private AesGcm For(int tagLength)
        {
            if (_key == null)
            {
                throw new ObjectDisposedException(nameof(HostAesGcm));
            }

            if (tagLength < 12 || tagLength > 16)
            {
                throw new ArgumentOutOfRangeException(nameof(tagLength));
            }

            return _byTagLength[tagLength] ??= new AesGcm(_key, tagLength);
        }
    }
}
