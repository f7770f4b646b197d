using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host
{
    /// <summary>
    /// <see cref="AesBatchCheck"/> against .NET's AES (host-only: no AES engine exists in the
    /// portable code yet): a correct engine passes, and the firmware fault it guards against (only
    /// the first block of a call encrypted, the rest left zero) fails.
    /// </summary>
    [TestClass]
    public sealed class AesBatchCheckTests
    {
        [TestMethod]
        public void ACorrectEnginePasses()
        {
            Assert.IsTrue(AesBatchCheck.Passes(new DotNetAes(AesBatchCheck.CreateKey(), false)));
        }

        [TestMethod]
        public void AnEngineThatEncryptsOnlyTheFirstBlockOfACallFails()
        {
            Assert.IsFalse(AesBatchCheck.Passes(new DotNetAes(AesBatchCheck.CreateKey(), true)));
        }

        [TestMethod]
        public void AnEngineUnderAnotherKeyFails()
        {
            byte[] key = AesBatchCheck.CreateKey();
            key[0] ^= 1;
            Assert.IsFalse(AesBatchCheck.Passes(new DotNetAes(key, false)));
        }

        /// <summary>ECB through .NET; optionally with the old nanoFramework firmware's fault.</summary>
        private sealed class DotNetAes : IAesEngine
        {
            private readonly Aes _aes = Aes.Create();
            private readonly bool _firstBlockOnly;

            public DotNetAes(byte[] key, bool firstBlockOnly)
            {
                _aes.Key = key;
                _firstBlockOnly = firstBlockOnly;
            }

            public int KeySizeInBytes => _aes.Key.Length;

            public void EncryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
            {
                Run(true, input, inputOffset, output, outputOffset, blockCount);
            }

            public void DecryptBlocks(byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
            {
                Run(false, input, inputOffset, output, outputOffset, blockCount);
            }

            public void Clear()
            {
                _aes.Dispose();
            }

            private void Run(bool encrypt, byte[] input, int inputOffset, byte[] output, int outputOffset, int blockCount)
            {
                byte[] data = new byte[blockCount * 16];
                Array.Copy(input, inputOffset, data, 0, data.Length);
                byte[] result = encrypt ? _aes.EncryptEcb(data, PaddingMode.None) : _aes.DecryptEcb(data, PaddingMode.None);
                if (_firstBlockOnly)
                {
                    Array.Clear(result, 16, result.Length - 16);
                }

                Array.Copy(result, 0, output, outputOffset, result.Length);
            }
        }
    }
}
