using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="AesKeyWrap"/> against RFC 3394 section 4.1 and 4.6 (shared/vectors/rfc3394-keywrap.txt)
    /// and a sample of Wycheproof aes_wrap_test.json (C2SP/wycheproof, Apache-2.0; tcId noted; every case
    /// runs on the host in Host/Crypto/AesKeyWrapWycheproofTests.cs). The "acceptable" cases (tcId 12)
    /// wrap an 8-byte key, which RFC 3394 section 2 allows only as a single-block encryption and
    /// SP 800-38F KW not at all: this class rejects them (n >= 2).
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
        [DataRow(1, "6f67486d1e914419cb43c28509c7c1ea", "8dc0632d92ee0be4f740028410b08270", "9de453ced5d4ab46a5601708eeefefb5e593e6ae8e86b26b", "valid")]
        [DataRow(42, "000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5", "valid")]
        [DataRow(56, "574957151fc2afe0fa3dc7a9a7da6495398f18ea0d8eed76", "00", "", "invalid")]
        [DataRow(165, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f", "28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21", "valid")]
        [DataRow(12, "574957151fc2afe0fa3dc7a9a7da6495", "0001020304050607", "6f0b501f1f2f59e3ae605aa679ce43a6", "acceptable")]
        [DataRow(148, "4f710eb6b5e28703becfc3dc52fa8bc1dd44a4a6d38a84b4f94e89ac32d987e7", "a828cbda9b5ff0ae374f84fa01d070a5", "67865122af3294b8da0588775125cbd6dc19d5e5cab97b6d", "invalid")]
        [DataRow(33, "4f710eb6b5e28703becfc3dc52fa8bc1", "a828cbda9b5ff0ae374f84fa01d070a5", "84f284565df47c409107f7a0a71bc370a8ed4489d414b9e9", "invalid")]
        public void WycheproofSample(int tcId, string kek, string keyData, string wrapped, string result)
        {
            AesKeyWrap wrap = Create(kek);
            byte[] msg = Hex.Parse(keyData);
            byte[] ct = Hex.Parse(wrapped);
            byte[] output = Hex.Repeat(Untouched, ct.Length + 8);
            if (result == "valid")
            {
                byte[] actual = new byte[msg.Length + 8];
                wrap.Wrap(msg, 0, msg.Length, actual, 0);
                Assert.AreEqual(wrapped, Hex.Format(actual), "wrap, tcId " + tcId);
                Assert.IsTrue(wrap.Unwrap(ct, 0, ct.Length, output, 0), "unwrap, tcId " + tcId);
                Assert.AreEqual(keyData, Hex.Format(output).Substring(0, 2 * msg.Length), "key data, tcId " + tcId);
                return;
            }

            Assert.IsFalse(wrap.Unwrap(ct, 0, ct.Length, output, 0), "unwrap, tcId " + tcId);
            Assert.IsTrue(CryptoAssert.AllBytesAre(output, 0, output.Length, Untouched), "nothing written, tcId " + tcId);
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
