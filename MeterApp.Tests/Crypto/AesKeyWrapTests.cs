using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="AesKeyWrap"/> against RFC 3394 section 4.1 and 4.6 (shared/vectors/rfc3394-keywrap.txt)
    /// and every case of Wycheproof aes_wrap_test.json (<see cref="WycheproofAesWrapVectors"/>). The three
    /// "acceptable" cases wrap an 8-byte key, which RFC 3394 section 2 allows only as a single-block
    /// encryption and SP 800-38F KW not at all: this class rejects them (n >= 2).
    /// </summary>
    [TestClass]
    public class AesKeyWrapTests
    {
        private const byte Untouched = 0xEE;

        [TestMethod]
        [DataRow("000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5")]
        [DataRow("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f", "28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21")]
        public void Rfc3394Section4(string kek, string keyData, string ciphertext)
        {
            AesKeyWrap wrap = Create(kek);
            byte[] data = Hex.Parse(keyData);
            byte[] wrapped = new byte[data.Length + AesKeyWrap.Overhead];
            wrap.Wrap(data, 0, data.Length, wrapped, 0);
            Assert.AreEqual(ciphertext, Hex.Format(wrapped));

            byte[] unwrapped = new byte[data.Length];
            Assert.IsTrue(wrap.Unwrap(wrapped, 0, wrapped.Length, unwrapped, 0), "unwraps");
            Assert.AreEqual(keyData, Hex.Format(unwrapped));
        }

        [TestMethod]
        public void WycheproofCases()
        {
            int valid = 0;
            int rejected = 0;
            foreach (string line in WycheproofAesWrapVectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                string id = "tcId " + f[0];
                AesKeyWrap wrap = Create(f[1]);
                byte[] msg = Hex.Parse(f[2]);
                byte[] ct = Hex.Parse(f[3]);
                byte[] output = Hex.Repeat(Untouched, ct.Length + 8);
                if (f[4] == "valid")
                {
                    valid++;
                    byte[] wrapped = new byte[msg.Length + 8];
                    wrap.Wrap(msg, 0, msg.Length, wrapped, 0);
                    Assert.AreEqual(f[3], Hex.Format(wrapped), "wrap, " + id);
                    Assert.IsTrue(wrap.Unwrap(ct, 0, ct.Length, output, 0), "unwrap, " + id);
                    Assert.AreEqual(f[2], Hex.Format(output).Substring(0, 2 * msg.Length), "key data, " + id);
                    continue;
                }

                // Invalid and "acceptable" (8-byte key) cases: unwrapping fails without writing, and a
                // key-data length that cannot be wrapped is refused.
                rejected++;
                Assert.IsFalse(wrap.Unwrap(ct, 0, ct.Length, output, 0), "unwrap, " + id);
                Assert.IsTrue(CryptoAssert.AllBytesAre(output, 0, output.Length, Untouched), "nothing written, " + id);
                if (msg.Length < AesKeyWrap.MinKeyDataLength || msg.Length % 8 != 0)
                {
                    CryptoAssert.ThrowsArgumentException(() => wrap.Wrap(msg, 0, msg.Length, new byte[msg.Length + 8], 0), "wrap, " + id);
                }
            }

            Assert.AreEqual(36, valid, "valid cases");
            Assert.AreEqual(129, rejected, "invalid and acceptable cases");
        }

        [TestMethod]
        public void UnwrapInPlaceAndWrapOverlapping()
        {
            AesKeyWrap wrap = Create("000102030405060708090a0b0c0d0e0f");
            byte[] buffer = Hex.Parse("000000000000000000112233445566778899aabbccddeeff");
            wrap.Wrap(buffer, 8, 16, buffer, 0);
            Assert.AreEqual("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5", Hex.Format(buffer));
            Assert.IsTrue(wrap.Unwrap(buffer, 0, 24, buffer, 0), "in place");
            Assert.AreEqual("00112233445566778899aabbccddeeff", Hex.Format(buffer).Substring(0, 32));
        }

        [TestMethod]
        public void RejectsOversizeKeyDataAndBadRanges()
        {
            AesKeyWrap wrap = Create("000102030405060708090a0b0c0d0e0f");
            byte[] big = new byte[AesKeyWrap.MaxKeyDataLength + 16];
            CryptoAssert.ThrowsArgumentException(() => wrap.Wrap(big, 0, AesKeyWrap.MaxKeyDataLength + 8, big, 0), "too long");
            Assert.IsFalse(wrap.Unwrap(big, 0, AesKeyWrap.MaxKeyDataLength + 16, big, 0), "unwrap too long");
            CryptoAssert.ThrowsArgumentException(() => wrap.Wrap(new byte[16], 0, 16, new byte[23], 0), "output too short");
            CryptoAssert.ThrowsArgumentException(() => wrap.Unwrap(new byte[24], 0, 24, new byte[15], 0), "unwrap output too short");
            CryptoAssert.ThrowsArgumentException(() => wrap.Unwrap(null, 0, 24, new byte[16], 0), "null input");

            wrap.Clear();
            Assert.ThrowsException(typeof(InvalidOperationException), () => wrap.Wrap(new byte[16], 0, 16, new byte[24], 0), "KEK cleared");
        }

        private static AesKeyWrap Create(string kek)
        {
            byte[] k = Hex.Parse(kek);
            return new AesKeyWrap(new ManagedAes(k, 0, k.Length));
        }
    }
}
