using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="GcmCipher"/>: the GCM specification's test cases 1, 2 and 4 (McGrew and Viega,
    /// "The Galois/Counter Mode of Operation", appendix B); a sample of Wycheproof aes_gcm_test.json
    /// (C2SP/wycheproof, Apache-2.0; tcId noted; every case runs on the host in
    /// Host/Crypto/GcmCipherWycheproofTests.cs): valid AES-128/192/256, flipped tag bits, an 8-byte IV;
    /// GMAC with absent buffers, batching of counter blocks, in-place operation, overlap and Clear.
    /// </summary>
    [TestClass]
    public class GcmCipherTests
    {
        [TestMethod]
        public void SpecTestCase1EmptyEverything()
        {
            GcmCipher gcm = Create("00000000000000000000000000000000");
            byte[] tag = new byte[16];
            gcm.Encrypt(new byte[12], 0, null, 0, 0, null, 0, null, 0, 0, tag, 0, 16);
            Assert.AreEqual("58e2fccefa7e3061367f1d57a4e7455a", Hex.Format(tag));
            Assert.IsTrue(gcm.Decrypt(new byte[12], 0, null, 0, 0, null, 0, null, 0, 0, tag, 0, 16), "GMAC verifies");
        }

        [TestMethod]
        public void SpecTestCase2OneZeroBlock()
        {
            GcmCipher gcm = Create("00000000000000000000000000000000");
            byte[] data = new byte[16];
            byte[] tag = new byte[16];
            gcm.Encrypt(new byte[12], 0, data, 0, 16, data, 0, null, 0, 0, tag, 0, 16);
            Assert.AreEqual("0388dace60b6a392f328c2b971b2fe78", Hex.Format(data));
            Assert.AreEqual("ab6e47d42cec13bdf53a67b21257bddf", Hex.Format(tag));
        }

        [TestMethod]
        public void SpecTestCase4AadAndPartialBlock()
        {
            GcmCipher gcm = Create("feffe9928665731c6d6a8f9467308308");
            byte[] iv = Hex.Parse("cafebabefacedbaddecaf888");
            byte[] aad = Hex.Parse("feedfacedeadbeeffeedfacedeadbeefabaddad2");
            byte[] data = Hex.Parse("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
            byte[] tag = new byte[16];
            gcm.Encrypt(iv, 0, data, 0, data.Length, data, 0, aad, 0, aad.Length, tag, 0, 16);
            Assert.AreEqual("42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091", Hex.Format(data));
            Assert.AreEqual("5bc94fbc3221a5db94fae95ae7121a47", Hex.Format(tag));
        }

        [TestMethod]
        [DataRow(11, "28ff3def08179311e2734c6d1c4e2871", "32bcb9b569e3b852d37c766a", "c3", "dfc61a20df8505b53e3cd59f25770d5018add3d6", "f58d453212c2c8a436e9283672f579f119122978", "5901131d0760c8715901d881fdfd3bc0", "valid")]
        [DataRow(41, "000102030405060708090a0b0c0d0e0f", "505152535455565758595a5b", "", "202122232425262728292a2b2c2d2e2f", "eb156d081ed6b6b55f4612f021d87b39", "d9847dbc326a06e988c77ad3863e6083", "invalid")]
        [DataRow(185, "969fed5068541d65418c2c1de8fe1f845e036030496e1272", "817fe51c31f2879141a34335", "cb", "3d8233191a2823bf767e99167b1d4af4f4848458", "0d2c3a3c0cc4b40e70ed45e188e356a0e1533b31", "92909a80e90540e1878ab59ef300072b", "valid")]
        [DataRow(213, "000102030405060708090a0b0c0d0e0f1011121314151617", "505152535455565758595a5b", "", "202122232425262728292a2b2c2d2e2f", "458256842dfd297f30bd2f8f15c92db0", "b5e44c5b2fe90e4c78f358da0d99cb64", "invalid")]
        [DataRow(100, "b279f57e19c8f53f2f963f5f2519fdb7c1779be2ca2b3ae8e1128b7d6c627fc4", "98bc2c7438d5cd7665d76f6e", "c0", "fcc515b294408c8645c9183e3f4ecee5127846d1", "eb5500e3825952866d911253f8de860c00831c81", "ecb660e1fb0541ec41e8d68a64141b3a", "valid")]
        [DataRow(130, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "505152535455565758595a5b", "", "202122232425262728292a2b2c2d2e2f", "b2061457c0759fc1749f174ee1ccadfa", "9de8fef6d8ab1bf1bf887232eab590dd", "invalid")]
        [DataRow(68, "aa023d0478dcb2b2312498293d9a9129", "0432bc49ac344120", "aac39231129872a2", "2035af313d1346ab00154fea78322105", "64c36bb3b732034e3a7d04efc5197785", "b7d0dd70b00d65b97cfd080ff4b819d1", "valid")]
        public void WycheproofSample(int tcId, string key, string iv, string aad, string msg, string ct, string tag, string result)
        {
            GcmCipher gcm = Create(key);
            byte[] nonce = Hex.Parse(iv);
            byte[] a = Hex.Parse(aad);
            byte[] m = Hex.Parse(msg);
            byte[] c = Hex.Parse(ct);
            byte[] t = Hex.Parse(tag);
            byte[] output = Hex.Repeat(0xEE, m.Length);
            byte[] tagOut = new byte[16];
            if (nonce.Length != GcmCipher.NonceSizeInBytes)
            {
                CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(nonce, 0, nonce.Length, m, 0, m.Length, output, 0, a, 0, a.Length, tagOut, 0, 16), "encrypt, tcId " + tcId);
                CryptoAssert.ThrowsArgumentException(() => gcm.Decrypt(nonce, 0, nonce.Length, c, 0, c.Length, output, 0, a, 0, a.Length, t, 0, 16), "decrypt, tcId " + tcId);
                return;
            }

            if (result == "invalid")
            {
                Assert.IsFalse(gcm.Decrypt(nonce, 0, c, 0, c.Length, output, 0, a, 0, a.Length, t, 0, t.Length), "rejected, tcId " + tcId);
                Assert.IsTrue(CryptoAssert.AllBytesAre(output, 0, output.Length, 0xEE), "nothing written, tcId " + tcId);
                return;
            }

            gcm.Encrypt(nonce, 0, m, 0, m.Length, output, 0, a, 0, a.Length, tagOut, 0, 16);
            Assert.AreEqual(ct, Hex.Format(output), "ciphertext, tcId " + tcId);
            Assert.AreEqual(tag, Hex.Format(tagOut), "tag, tcId " + tcId);
            Assert.IsTrue(gcm.Decrypt(nonce, 0, c, 0, c.Length, output, 0, a, 0, a.Length, t, 0, 12), "decrypts with the tag truncated to 12 bytes, tcId " + tcId);
            Assert.AreEqual(msg, Hex.Format(output), "plaintext, tcId " + tcId);
        }

        [TestMethod]
        public void GmacTagDependsOnEveryAadByte()
        {
            GcmCipher gcm = Create("feffe9928665731c6d6a8f9467308308");
            byte[] iv = Hex.Parse("cafebabefacedbaddecaf888");
            byte[] aad = Hex.Parse("3000000001feedfacedeadbeeffeedfacedeadbeefabaddad2");
            byte[] tag = new byte[12];
            gcm.Encrypt(iv, 0, null, 0, 0, null, 0, aad, 0, aad.Length, tag, 0, 12);
            Assert.IsTrue(gcm.Decrypt(iv, 0, null, 0, 0, null, 0, aad, 0, aad.Length, tag, 0, 12), "verifies");
            for (int i = 0; i < aad.Length; i++)
            {
                aad[i] ^= 0x01;
                Assert.IsFalse(gcm.Decrypt(iv, 0, null, 0, 0, null, 0, aad, 0, aad.Length, tag, 0, 12), "flipped AAD byte " + i);
                aad[i] ^= 0x01;
            }
        }

        [TestMethod]
        public void OneKibibyteCostsTwoEngineCallsEachWay()
        {
            CountingAesEngine engine = new CountingAesEngine(new ManagedAes(new byte[16], 0, 16));
            GcmCipher gcm = new GcmCipher(engine);
            byte[] nonce = new byte[12];
            byte[] message = new byte[1024];
            byte[] tag = new byte[12];

            engine.ResetCounts();
            gcm.Encrypt(nonce, 0, message, 0, 1024, message, 0, null, 0, 0, tag, 0, 12);
            Assert.AreEqual(2, engine.EncryptCalls, "encrypt: J0 plus 63 blocks, then the last block");
            Assert.AreEqual(65, engine.EncryptedBlocks, "encrypt: J0 and 64 counter blocks");

            engine.ResetCounts();
            Assert.IsTrue(gcm.Decrypt(nonce, 0, message, 0, 1024, message, 0, null, 0, 0, tag, 0, 12), "round trip");
            Assert.AreEqual(2, engine.EncryptCalls, "decrypt");
            Assert.AreEqual(65, engine.EncryptedBlocks, "decrypt blocks");
            Assert.IsTrue(CryptoAssert.AllBytesAre(message, 0, message.Length, 0), "plaintext restored");

            engine.ResetCounts();
            tag[0] ^= 1;
            Assert.IsFalse(gcm.Decrypt(nonce, 0, message, 0, 1024, message, 0, null, 0, 0, tag, 0, 12), "forged");
            Assert.AreEqual(1, engine.EncryptCalls, "a forgery costs one call");
            Assert.AreEqual(0, engine.DecryptCalls, "GCM never uses the inverse cipher");
        }

        [TestMethod]
        public void InPlaceAcrossSeveralBatchesMatchesSeparateBuffers()
        {
            GcmCipher gcm = Create("000102030405060708090a0b0c0d0e0f");
            byte[] nonce = Hex.Parse("000000000000000000000001");
            byte[] aad = Hex.Parse("0102030405");
            int length = 3 * GcmCipher.BatchBlocks * 16 + 5;
            byte[] plaintext = new byte[length];
            for (int i = 0; i < length; i++)
            {
                plaintext[i] = (byte)(i * 13);
            }

            byte[] separate = new byte[length];
            byte[] tagSeparate = new byte[16];
            gcm.Encrypt(nonce, 0, plaintext, 0, length, separate, 0, aad, 0, aad.Length, tagSeparate, 0, 16);

            byte[] inPlace = new byte[length + 3];
            Array.Copy(plaintext, 0, inPlace, 3, length);
            byte[] tagInPlace = new byte[16];
            gcm.Encrypt(nonce, 0, inPlace, 3, length, inPlace, 3, aad, 0, aad.Length, tagInPlace, 0, 16);
            for (int i = 0; i < length; i++)
            {
                Assert.AreEqual(separate[i], inPlace[3 + i], "byte " + i);
            }

            CollectionAssert.AreEqual(tagSeparate, tagInPlace);
            Assert.IsTrue(gcm.Decrypt(nonce, 0, inPlace, 3, length, inPlace, 3, aad, 0, aad.Length, tagInPlace, 0, 16), "decrypts in place");
            for (int i = 0; i < length; i++)
            {
                Assert.AreEqual(plaintext[i], inPlace[3 + i], "plaintext byte " + i);
            }
        }

        [TestMethod]
        public void FailedInPlaceDecryptLeavesTheCiphertext()
        {
            GcmCipher gcm = Create("000102030405060708090a0b0c0d0e0f");
            byte[] nonce = new byte[12];
            byte[] data = new byte[100];
            byte[] tag = new byte[12];
            gcm.Encrypt(nonce, 0, data, 0, 100, data, 0, null, 0, 0, tag, 0, 12);
            byte[] ciphertext = (byte[])data.Clone();

            data[99] ^= 0x80;
            ciphertext[99] ^= 0x80;
            Assert.IsFalse(gcm.Decrypt(nonce, 0, data, 0, 100, data, 0, null, 0, 0, tag, 0, 12), "tampered");
            CollectionAssert.AreEqual(ciphertext, data);
        }

        [TestMethod]
        public void RejectsPartialOverlapBadRangesAndUseAfterClear()
        {
            ManagedAes aes = new ManagedAes(Hex.Parse("000102030405060708090a0b0c0d0e0f"), 0, 16);
            GcmCipher gcm = new GcmCipher(aes);
            byte[] nonce = new byte[12];
            byte[] data = new byte[64];
            byte[] tag = new byte[16];
            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(nonce, 0, data, 0, 32, data, 16, null, 0, 0, tag, 0, 16), "partial overlap");
            CryptoAssert.ThrowsArgumentException(() => gcm.Decrypt(nonce, 0, data, 16, 32, data, 0, null, 0, 0, tag, 0, 16), "partial overlap, decrypt");
            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(nonce, 1, data, 0, 16, data, 0, null, 0, 0, tag, 0, 16), "nonce past the end");
            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(nonce, 0, data, 0, 65, data, 0, null, 0, 0, tag, 0, 16), "plaintext past the end");
            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(nonce, 0, data, 0, 16, data, 0, null, 0, 1, tag, 0, 16), "AAD null with a length");
            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(nonce, 0, data, 0, 16, data, 0, null, 0, 0, tag, 4, 16), "tag past the end");
            CryptoAssert.ThrowsArgumentException(() => gcm.Decrypt(nonce, 0, data, 0, -1, data, 0, null, 0, 0, tag, 0, 16), "negative length");

            gcm.Clear();
            Assert.ThrowsException(typeof(InvalidOperationException), () => aes.EncryptBlocks(data, 0, data, 0, 1), "the engine is cleared too");
            Assert.ThrowsException(typeof(InvalidOperationException), () => gcm.Encrypt(nonce, 0, data, 0, 16, data, 0, null, 0, 0, tag, 0, 16));
            Assert.ThrowsException(typeof(InvalidOperationException), () => gcm.Decrypt(nonce, 0, data, 0, 16, data, 0, null, 0, 0, tag, 0, 16));
        }

        private static GcmCipher Create(string key)
        {
            byte[] k = Hex.Parse(key);
            return new GcmCipher(new ManagedAes(k, 0, k.Length));
        }
    }
}
