using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Interop;

namespace Meter.Hal.Device
{
    /// <summary>
    /// AES-GCM (SP 800-38D) wholly in the firmware (<see cref="NativeCrypto"/>): one native call per
    /// message, GHASH included. The firmware keeps no key state between calls (it expands the key per
    /// message, microseconds in C), so this object holds the only copy of the key; <see cref="Clear"/>
    /// zeroes it. Not thread-safe: one per user.
    /// </summary>
    public sealed class InteropAesGcm : IAesGcm
    {
        private const int NonceLength = 12;
        private const int MinimumTagLength = 12;
        private const int MaximumTagLength = 16;

        private readonly byte[] _key;
        private bool _cleared;

        /// <summary>A cipher under a copy of the 16- or 32-byte key at <paramref name="offset"/>.</summary>
        public InteropAesGcm(byte[] key, int offset, int count)
        {
            Bounds.CheckBuffer(key, offset, count, "key");
            if (count != 16 && count != 32)
            {
                throw new ArgumentException("AES keys are 16 or 32 bytes", "count");
            }

            _key = new byte[count];
            Array.Copy(key, offset, _key, 0, count);
        }

        /// <inheritdoc/>
        public void Encrypt(
            byte[] nonce, int nonceOffset,
            byte[] plaintext, int plaintextOffset, int length,
            byte[] ciphertext, int ciphertextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            ThrowIfCleared();
            if (tagLength < MinimumTagLength || tagLength > MaximumTagLength)
            {
                throw new ArgumentOutOfRangeException("tagLength");
            }

            CheckRegions(nonce, nonceOffset, plaintext, plaintextOffset, length, ciphertext, ciphertextOffset, associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
            NativeCrypto.AesGcmEncrypt(
                _key, 0, _key.Length,
                nonce, nonceOffset,
                plaintext, plaintextOffset, length,
                ciphertext, ciphertextOffset,
                associatedData, associatedDataOffset, associatedDataLength,
                tag, tagOffset, tagLength);
        }

        /// <inheritdoc/>
        public bool Decrypt(
            byte[] nonce, int nonceOffset,
            byte[] ciphertext, int ciphertextOffset, int length,
            byte[] plaintext, int plaintextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            ThrowIfCleared();
            if (tagLength < MinimumTagLength || tagLength > MaximumTagLength)
            {
                return false;
            }

            CheckRegions(nonce, nonceOffset, ciphertext, ciphertextOffset, length, plaintext, plaintextOffset, associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
            return NativeCrypto.AesGcmDecrypt(
                _key, 0, _key.Length,
                nonce, nonceOffset,
                ciphertext, ciphertextOffset, length,
                plaintext, plaintextOffset,
                associatedData, associatedDataOffset, associatedDataLength,
                tag, tagOffset, tagLength);
        }

        /// <inheritdoc/>
        public void Clear()
        {
            Array.Clear(_key, 0, _key.Length);
            _cleared = true;
        }

        /// <summary>
        /// The same checks the firmware repeats, done here first so a bad call fails with the HAL's
        /// exceptions.
        /// </summary>
        private static void CheckRegions(
            byte[] nonce, int nonceOffset,
            byte[] input, int inputOffset, int length,
            byte[] output, int outputOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            Bounds.CheckBuffer(nonce, nonceOffset, NonceLength, "nonce");
            CheckOptional(input, inputOffset, length, "input");
            CheckOptional(output, outputOffset, length, "output");
            CheckOptional(associatedData, associatedDataOffset, associatedDataLength, "associatedData");
            Bounds.CheckBuffer(tag, tagOffset, tagLength, "tag");
        }

        /// <summary>An empty region may be a null array (GMAC has no plaintext; most DLMS frames no AAD).</summary>
        private static void CheckOptional(byte[] buffer, int offset, int count, string name)
        {
            if (buffer != null || count != 0)
            {
                Bounds.CheckBuffer(buffer, offset, count, name);
            }
        }

        private void ThrowIfCleared()
        {
            if (_cleared)
            {
                throw new InvalidOperationException("the cipher was cleared");
            }
        }
    }
}
