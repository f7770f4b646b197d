using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Host-only: the managed AES, GCM and key wrap against .NET's implementations (AES-ECB and
    /// AesGcm from the platform's OpenSSL; key wrap via an RFC 3394 oracle written here on
    /// Aes.EncryptEcb, since .NET has no key-wrap API), over thousands of random keys, lengths,
    /// offsets and tag lengths, in place and not.
    /// </summary>
    [TestClass]
    public class AesDifferentialTests
    {
        private static readonly int[] KeySizes = { 16, 24, 32 };

        [TestMethod]
        public void EcbMatchesDotNetBothWays()
        {
            Random random = new Random(197);
            for (int n = 0; n < 1500; n++)
            {
                byte[] key = RandomBytes(random, KeySizes[n % 3]);
                int blocks = random.Next(1, 20);
                int offset = random.Next(0, 5);
                byte[] input = RandomBytes(random, offset + 16 * blocks);
                using Aes oracle = Aes.Create();
                oracle.Key = key;
                byte[] expected = oracle.EncryptEcb(input.AsSpan(offset), PaddingMode.None);

                ManagedAes aes = new ManagedAes(key, 0, key.Length);
                byte[] output = new byte[offset + 16 * blocks];
                aes.EncryptBlocks(input, offset, output, offset, blocks);
                CollectionAssert.AreEqual(expected, output.AsSpan(offset).ToArray(), "encrypt, case " + n);

                aes.DecryptBlocks(output, offset, output, offset, blocks);
                CollectionAssert.AreEqual(input[offset..], output[offset..], "decrypt, case " + n);
            }
        }

        [TestMethod]
        public void GcmMatchesDotNetAesGcm()
        {
            Random random = new Random(38);
            int cases = 0;
            for (int keyIndex = 0; keyIndex < 150; keyIndex++)
            {
                byte[] key = RandomBytes(random, KeySizes[keyIndex % 3]);
                GcmCipher gcm = new GcmCipher(new ManagedAes(key, 0, key.Length));
                for (int tagLength = 12; tagLength <= 16; tagLength++)
                {
                    using AesGcm oracle = new AesGcm(key, tagLength);
                    for (int k = 0; k < 3; k++, cases++)
                    {
                        CheckGcmCase(random, gcm, oracle, tagLength, "case " + cases);
                    }
                }
            }

            Assert.AreEqual(2250, cases);
        }

        [TestMethod]
        public void KeyWrapMatchesAnRfc3394OracleOnDotNetAes()
        {
            Random random = new Random(3394);
            for (int n = 0; n < 600; n++)
            {
                byte[] kek = RandomBytes(random, KeySizes[n % 3]);
                byte[] keyData = RandomBytes(random, 8 * random.Next(2, 65));
                byte[] expected = OracleWrap(kek, keyData);

                AesKeyWrap wrap = new AesKeyWrap(new ManagedAes(kek, 0, kek.Length));
                byte[] wrapped = new byte[keyData.Length + 8];
                wrap.Wrap(keyData, 0, keyData.Length, wrapped, 0);
                CollectionAssert.AreEqual(expected, wrapped, "wrap, case " + n);

                byte[] unwrapped = new byte[keyData.Length];
                Assert.IsTrue(wrap.Unwrap(wrapped, 0, wrapped.Length, unwrapped, 0), "unwrap, case " + n);
                CollectionAssert.AreEqual(keyData, unwrapped, "key data, case " + n);

                wrapped[random.Next(wrapped.Length)] ^= (byte)(1 << random.Next(8));
                Assert.IsFalse(wrap.Unwrap(wrapped, 0, wrapped.Length, unwrapped, 0), "tampered, case " + n);
            }
        }

        private static void CheckGcmCase(Random random, GcmCipher gcm, AesGcm oracle, int tagLength, string name)
        {
            int length = random.Next(0, 2001);
            int aadLength = random.Next(0, 4) == 0 ? 0 : random.Next(0, 300);
            byte[] nonce = RandomBytes(random, 12);
            byte[] plaintext = RandomBytes(random, length);
            byte[] aad = RandomBytes(random, aadLength);
            byte[] expectedCiphertext = new byte[length];
            byte[] expectedTag = new byte[tagLength];
            oracle.Encrypt(nonce, plaintext, expectedCiphertext, expectedTag, aad);

            bool inPlace = random.Next(2) == 0;
            int offset = random.Next(0, 9);
            byte[] buffer = new byte[offset + length];
            byte[] ciphertext = buffer;
            byte[] tag = new byte[tagLength];
            Array.Copy(plaintext, 0, buffer, offset, length);
            if (inPlace)
            {
                gcm.Encrypt(nonce, 0, buffer, offset, length, buffer, offset, aad, 0, aadLength, tag, 0, tagLength);
            }
            else
            {
                ciphertext = new byte[offset + length];
                gcm.Encrypt(nonce, 0, buffer, offset, length, ciphertext, offset, aad, 0, aadLength, tag, 0, tagLength);
            }

            CollectionAssert.AreEqual(expectedCiphertext, ciphertext.AsSpan(offset).ToArray(), "ciphertext, " + name);
            CollectionAssert.AreEqual(expectedTag, tag, "tag, " + name);

            byte[] decrypted = inPlace ? ciphertext : new byte[offset + length];
            Assert.IsTrue(gcm.Decrypt(nonce, 0, ciphertext, offset, length, decrypted, offset, aad, 0, aadLength, expectedTag, 0, tagLength), "decrypt, " + name);
            CollectionAssert.AreEqual(plaintext, decrypted.AsSpan(offset).ToArray(), "plaintext, " + name);

            // The oracle's view of a forgery, and ours: both must refuse.
            expectedTag[random.Next(tagLength)] ^= (byte)(1 << random.Next(8));
            Assert.IsFalse(gcm.Decrypt(nonce, 0, expectedCiphertext, 0, length, new byte[length], 0, aad, 0, aadLength, expectedTag, 0, tagLength), "forged tag, " + name);
        }

        // RFC 3394 section 2.2.1 written directly on .NET's AES-ECB.
        private static byte[] OracleWrap(byte[] kek, byte[] keyData)
        {
            using Aes aes = Aes.Create();
            aes.Key = kek;
            int n = keyData.Length / 8;
            byte[] a = { 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6 };
            byte[] r = (byte[])keyData.Clone();
            byte[] block = new byte[16];
            for (int j = 0; j <= 5; j++)
            {
                for (int i = 1; i <= n; i++)
                {
                    Array.Copy(a, 0, block, 0, 8);
                    Array.Copy(r, 8 * (i - 1), block, 8, 8);
                    byte[] b = aes.EncryptEcb(block, PaddingMode.None);
                    ulong t = (ulong)(n * j + i);
                    for (int m = 0; m < 8; m++)
                    {
                        a[m] = (byte)(b[m] ^ (byte)(t >> (56 - 8 * m)));
                    }

                    Array.Copy(b, 8, r, 8 * (i - 1), 8);
                }
            }

            return Concat(a, r);
        }

        private static byte[] Concat(byte[] first, byte[] second)
        {
            byte[] result = new byte[first.Length + second.Length];
            first.CopyTo(result, 0);
            second.CopyTo(result, first.Length);
            return result;
        }

        private static byte[] RandomBytes(Random random, int length)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
