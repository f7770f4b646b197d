using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>AES-ECB over .NET's Aes (whole blocks, no padding).</summary>
    internal sealed class HostAes : IAesEngine
    {
        private Aes _aes;

        public HostAes(byte[] key, int offset, int count)
        {
            _aes = Aes.Create();
            _aes.Key = key.AsSpan(offset, count).ToArray();
            KeySizeInBytes = count;
        }

        public int KeySizeInBytes { get; }

        public void EncryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            Live().EncryptEcb(input.AsSpan(inputOffset, blockCount * 16), output.AsSpan(outputOffset, blockCount * 16), PaddingMode.None);
        }

        public void DecryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            Live().DecryptEcb(input.AsSpan(inputOffset, blockCount * 16), output.AsSpan(outputOffset, blockCount * 16), PaddingMode.None);
        }

        public void Clear()
        {
            _aes?.Dispose();
            _aes = null;
        }

        private Aes Live() => _aes ?? throw new ObjectDisposedException(nameof(HostAes));
    }
}
