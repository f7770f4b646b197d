using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The AES block function on nanoFramework's native Aes in ECB mode (Mbed TLS; the ESP32 port
    /// uses the AES accelerator). A whole batch of blocks is one native call.
    /// Cost per EncryptBlocks/DecryptBlocks call: one managed-to-native transition; a native key
    /// expansion (the platform keeps no key schedule between calls); one new result array of
    /// blockCount × 16 bytes, allocated by the platform, copied into the caller's output and zeroed;
    /// and, only when the caller's input region is not a whole array, a copy into a scratch array
    /// of exactly that length, reused while the batch size repeats (<see cref="WholeArrayStaging"/>).
    /// Not thread-safe: one per user.
    /// </summary>
    public sealed class PlatformAes : IAesEngine
    {
        private const int BlockSize = 16;

        private readonly byte[] _key;
        private readonly WholeArrayStaging _staging = new WholeArrayStaging();
        private Aes _aes;

        /// <summary>An engine under a copy of the 16- or 32-byte key at <paramref name="offset"/>.</summary>
        public PlatformAes(byte[] key, int offset, int count)
        {
            Bounds.CheckBuffer(key, offset, count, "key");
            if (count != 16 && count != 32)
            {
                throw new ArgumentException("AES keys are 16 or 32 bytes", "count");
            }

            _key = new byte[count];
            Array.Copy(key, offset, _key, 0, count);

            // The platform's Aes keeps the array it is given (no copy), so Clear() can zero it in place.
            _aes = new Aes(CipherMode.ECB);
            _aes.Key = _key;
        }

        /// <inheritdoc/>
        public int KeySizeInBytes
        {
            get { return _key.Length; }
        }

        /// <inheritdoc/>
        public void EncryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            Run(true, input, inputOffset, output, outputOffset, blockCount);
        }

        /// <inheritdoc/>
        public void DecryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            Run(false, input, inputOffset, output, outputOffset, blockCount);
        }

        /// <summary>
        /// Zeroes the key (the platform Aes holds the same array, so it is left with a zero key) and
        /// the scratch arrays, then drops the platform object: nanoFramework's Aes is not IDisposable
        /// and keeps no native state between calls.
        /// </summary>
        public void Clear()
        {
            Array.Clear(_key, 0, _key.Length);
            _staging.Clear();
            _aes = null;
        }

        private void Run(bool encrypt, byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            if (_aes == null)
            {
                throw new InvalidOperationException("the AES engine was cleared");
            }

            if (blockCount < 0 || blockCount > int.MaxValue / BlockSize)
            {
                throw new ArgumentOutOfRangeException("blockCount");
            }

            int length = blockCount * BlockSize;
            Bounds.CheckBuffer(input, inputOffset, length, "input");
            Bounds.CheckBuffer(output, outputOffset, length, "output");
            if (blockCount == 0)
            {
                return;
            }

            byte[] staged = _staging.Stage(input, inputOffset, length);
            byte[] result = encrypt ? _aes.Encrypt(staged) : _aes.Decrypt(staged);
            Array.Copy(result, 0, output, outputOffset, length);

            // Plaintext (key wrap) or keystream (GCM) must not linger in freed heap blocks.
            Array.Clear(result, 0, result.Length);
            if (_staging.IsScratch(staged))
            {
                Array.Clear(staged, 0, length);
            }
        }
    }
}
