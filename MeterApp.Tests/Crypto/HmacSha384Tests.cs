using System;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// RFC 4231 section 4 test cases 1 to 7 for <see cref="HmacSha384"/>: keys and data as the RFC
    /// gives them; the HMAC-SHA-384 values were recomputed with Python's hmac module. Case 5 is
    /// truncated to 128 bits, cases 6 and 7 have a key longer than the 128-byte block.
    /// </summary>
    [TestClass]
    public class HmacSha384Tests
    {
        [TestMethod]
        public void Case1()
        {
            Check(Hex.Repeat(0x0b, 20), Hex.Ascii("Hi There"),
                "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6");
        }

        [TestMethod]
        public void Case2ShortKey()
        {
            Check(Hex.Ascii("Jefe"), Hex.Ascii("what do ya want for nothing?"),
                "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649");
        }

        [TestMethod]
        public void Case3()
        {
            Check(Hex.Repeat(0xaa, 20), Hex.Repeat(0xdd, 50),
                "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27");
        }

        [TestMethod]
        public void Case4()
        {
            Check(Hex.Parse("0102030405060708090a0b0c0d0e0f10111213141516171819"), Hex.Repeat(0xcd, 50),
                "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb");
        }

        [TestMethod]
        public void Case5Truncated()
        {
            byte[] mac = HmacSha384.HashData(Hex.Repeat(0x0c, 20), Hex.Ascii("Test With Truncation"));
            byte[] truncated = new byte[16];
            Array.Copy(mac, truncated, 16);
            Assert.AreEqual("3abf34c3503b2a23a46efc619baef897", Hex.Format(truncated));
        }

        [TestMethod]
        public void Case6KeyLongerThanBlock()
        {
            Check(Hex.Repeat(0xaa, 131), Hex.Ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
                "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952");
        }

        [TestMethod]
        public void Case7KeyAndDataLongerThanBlock()
        {
            Check(
                Hex.Repeat(0xaa, 131),
                Hex.Ascii("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."),
                "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e");
        }

        [TestMethod]
        public void StreamingRekeyAndClear()
        {
            HmacSha384 hmac = new HmacSha384(Hex.Ascii("other key"));
            hmac.SetKey(Hex.Ascii("Jefe"), 0, 4);
            byte[] data = Hex.Ascii("what do ya want for nothing?");
            hmac.Append(data, 0, 10);
            hmac.Append(data, 10, data.Length - 10);
            byte[] mac = new byte[48];
            hmac.Finish(mac, 0);
            Assert.AreEqual(48, hmac.MacLength);
            Assert.AreEqual("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649", Hex.Format(mac));

            hmac.Clear();
            Assert.ThrowsException(typeof(InvalidOperationException), () => hmac.Append(data, 0, 1));
        }

        private static void Check(byte[] key, byte[] data, string expected)
        {
            Assert.AreEqual(expected, Hex.Format(HmacSha384.HashData(key, data)));
        }
    }
}
