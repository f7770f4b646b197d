using Meter.Hal.Crypto;

namespace Meter.Tests.Crypto
{
    /// <summary>An <see cref="IAesEngine"/> decorator that counts calls and blocks, standing in for a native AES whose every call is expensive.</summary>
    public sealed class CountingAesEngine : IAesEngine
    {
        private readonly IAesEngine _inner;

        public CountingAesEngine(IAesEngine inner)
        {
            _inner = inner;
        }

        public int EncryptCalls { get; private set; }

        public int EncryptedBlocks { get; private set; }

        public int DecryptCalls { get; private set; }

        public int KeySizeInBytes
        {
            get { return _inner.KeySizeInBytes; }
        }

        public void EncryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            EncryptCalls++;
            EncryptedBlocks += blockCount;
            _inner.EncryptBlocks(input, inputOffset, output, outputOffset, blockCount);
        }

        public void DecryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
        {
            DecryptCalls++;
            _inner.DecryptBlocks(input, inputOffset, output, outputOffset, blockCount);
        }

        public void Clear()
        {
            _inner.Clear();
        }

        public void ResetCounts()
        {
            EncryptCalls = 0;
            EncryptedBlocks = 0;
            DecryptCalls = 0;
        }
    }
}
