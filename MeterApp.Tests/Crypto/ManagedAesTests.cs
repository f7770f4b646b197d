using System;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="ManagedAes"/> against FIPS 197 Appendix C (C.1 AES-128, C.2 AES-192, C.3 AES-256:
    /// plaintext 00112233..ff under key 000102..), both directions, batches, in place and after Clear.
    /// </summary>
    [TestClass]
    public class ManagedAesTests
    {
        private const string Plaintext = "00112233445566778899aabbccddeeff";

        [TestMethod]
        [DataRow("000102030405060708090a0b0c0d0e0f", "69c4e0d86a7b0430d8cdb78070b4c55a")]
        [DataRow("000102030405060708090a0b0c0d0e0f1011121314151617", "dda97ca4864cdfe06eaf70a0ec0d7191")]
        [DataRow("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "8ea2b7ca516745bfeafc49904b496089")]
        public void Fips197AppendixC(string key, string ciphertext)
        {
            byte[] k = Hex.Parse(key);
            ManagedAes aes = new ManagedAes(k, 0, k.Length);
            Assert.AreEqual(k.Length, aes.KeySizeInBytes);

            byte[] block = Hex.Parse(Plaintext);
            byte[] output = new byte[16];
            aes.EncryptBlocks(block, 0, output, 0, 1);
            Assert.AreEqual(ciphertext, Hex.Format(output));

            aes.DecryptBlocks(output, 0, output, 0, 1);
            Assert.AreEqual(Plaintext, Hex.Format(output), "decrypt in place");
        }

        [TestMethod]
        public void BatchesMatchSingleBlocksAtOffsets()
        {
            byte[] key = Hex.Parse("2b7e151628aed2a6abf7158809cf4f3c");
            ManagedAes aes = new ManagedAes(key, 0, 16);
            byte[] data = new byte[3 + 5 * 16];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 7 + 1);
            }

            byte[] batch = new byte[1 + 5 * 16];
            aes.EncryptBlocks(data, 3, batch, 1, 5);
            byte[] single = new byte[16];
            for (int b = 0; b < 5; b++)
            {
                aes.EncryptBlocks(data, 3 + 16 * b, single, 0, 1);
                for (int i = 0; i < 16; i++)
                {
                    Assert.AreEqual(single[i], batch[1 + 16 * b + i], "block " + b);
                }
            }

            aes.DecryptBlocks(batch, 1, batch, 1, 5);
            for (int i = 0; i < 5 * 16; i++)
            {
                Assert.AreEqual(data[3 + i], batch[1 + i]);
            }
        }

        [TestMethod]
        public void KeyFromTheMiddleOfABuffer()
        {
            byte[] buffer = Hex.Parse("ff000102030405060708090a0b0c0d0e0fff");
            ManagedAes aes = new ManagedAes(buffer, 1, 16);
            byte[] block = Hex.Parse(Plaintext);
            aes.EncryptBlocks(block, 0, block, 0, 1);
            Assert.AreEqual("69c4e0d86a7b0430d8cdb78070b4c55a", Hex.Format(block));
        }

        [TestMethod]
        public void RejectsBadKeysAndRanges()
        {
            CryptoAssert.ThrowsArgumentException(() => new ManagedAes(new byte[20], 0, 20), "20-byte key");
            CryptoAssert.ThrowsArgumentException(() => new ManagedAes(new byte[16], 1, 16), "key past the end");
            CryptoAssert.ThrowsArgumentException(() => new ManagedAes(null, 0, 16), "null key");

            ManagedAes aes = new ManagedAes(new byte[16], 0, 16);
            byte[] buffer = new byte[32];
            CryptoAssert.ThrowsArgumentException(() => aes.EncryptBlocks(buffer, 1, buffer, 0, 2), "input past the end");
            CryptoAssert.ThrowsArgumentException(() => aes.DecryptBlocks(buffer, 0, buffer, 17, 1), "output past the end");
            CryptoAssert.ThrowsArgumentException(() => aes.EncryptBlocks(buffer, 0, buffer, 0, -1), "negative count");
            CryptoAssert.ThrowsArgumentException(() => aes.EncryptBlocks(buffer, 0, buffer, 0, int.MaxValue / 8), "overflowing count");
        }

        [TestMethod]
        public void ClearZeroisesAndDisables()
        {
            ManagedAes aes = new ManagedAes(Hex.Parse("000102030405060708090a0b0c0d0e0f"), 0, 16);
            aes.Clear();
            byte[] block = new byte[16];
            Assert.ThrowsException(typeof(InvalidOperationException), () => aes.EncryptBlocks(block, 0, block, 0, 1));
            Assert.ThrowsException(typeof(InvalidOperationException), () => aes.DecryptBlocks(block, 0, block, 0, 1));
        }
    }
}
