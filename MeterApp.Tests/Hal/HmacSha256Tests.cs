using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>
    /// Known answers for <see cref="HmacSha256"/>: RFC 4231 section 4 test cases 1-4, 6 and 7
    /// (case 5 tests truncation, which this API does not do), and a sample of
    /// shared/vectors/wycheproof/hmac_sha256_test.json (C2SP/wycheproof, Apache-2.0; tcId noted),
    /// including modified-tag cases that a verifier must reject.
    /// </summary>
    [TestClass]
    public class HmacSha256Tests
    {
        [TestMethod]
        public void Rfc4231Case1()
        {
            Check(Hex.Repeat(0x0b, 20), Hex.Ascii("Hi There"), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        }

        [TestMethod]
        public void Rfc4231Case2KeyShorterThanOutput()
        {
            Check(Hex.Ascii("Jefe"), Hex.Ascii("what do ya want for nothing?"), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        }

        [TestMethod]
        public void Rfc4231Case3()
        {
            Check(Hex.Repeat(0xaa, 20), Hex.Repeat(0xdd, 50), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        }

        [TestMethod]
        public void Rfc4231Case4()
        {
            Check(Hex.Parse("0102030405060708090a0b0c0d0e0f10111213141516171819"), Hex.Repeat(0xcd, 50), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        }

        [TestMethod]
        public void Rfc4231Case6KeyLongerThanBlock()
        {
            Check(Hex.Repeat(0xaa, 131), Hex.Ascii("Test Using Larger Than Block-Size Key - Hash Key First"), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        }

        [TestMethod]
        public void Rfc4231Case7KeyAndDataLongerThanBlock()
        {
            Check(
                Hex.Repeat(0xaa, 131),
                Hex.Ascii("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."),
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
        }

        [TestMethod]
        [DataRow(1, "1e225cafb90339bba1b24076d4206c3e79c355805d851682bc818baa4f5a7779", "", "b175b57d89ea6cb606fb3363f2538abd73a4c00b4a1386905bac809004cf1933", true)]
        [DataRow(2, "8159fd15133cd964c9a6964c94f0ea269a806fd9f43f0da58b6cd1b33d189b2a", "77", "dfc5105d5eecf7ae7b8b8de3930e7659e84c4172f2555142f1e568fc1872ad93", true)]
        [DataRow(17, "6fa353868c82e5deeedac7f09471a61bf749ab5498239e947e012eee3c82d7c4", "aeed3e4d4cb9bbb60d482e98c126c0f5", "9ed7f0e73812a27a87a3808ee0c89a6456499e835974ba57c5aab2a0d8c69e93", true)]
        [DataRow(21, "28855c7efc8532d92567300933cc1ca2d0586f55dcc9f054fcca2f05254fbf7f", "9c09207ff0e6e582cb3747dca954c94d45c05e93f1e6f21179cf0e25b4cede74b5479d32f5166935c86f0441905865", "788c0589000fb7f0b5d51f1596472bc9ec413421a43df96ee32b02b5d275ffe3", true)]
        [DataRow(24, "23209b7c5aadcbd13f7279af1a86d3c7ae8f179d1bcaaad0dff9a15302e78dbf", "84bdac37e1af35d9356404e2787d47ece58348dea76a4a46e8aade3463d4db8c94a051be3733b38d756984865d56c60e8025f15e3f968f093e7fb7ebc7e31189c5692d15ed4256737b9b1894e5809503aaa1c9983fb096aa21916361eeb6ef455b129723a1a1ddf9deddea208529a648", "4a85c479d1650dbd73bc5248074a55ff50218bddaa8d1fddaaf44946dc19aefb", true)]
        [DataRow(26, "82314540564ea3ce30591e97f68b2602de40fa29f773c2508327471b8348e8c4", "6a6d2f45cebf2757ae16ea33c68617671d77f8fdf80bed8fc5cdc5c8b7086bd28e7eb3eecc7163491104e5309455e67f836579b82a1da3bf5991a8e2b2f189a49e05700e46c409ed5de77780a5f389e3f13dad406c9d55675329c5c921f07034180937c0f6ef34a2308b6ff3e1a0e9dc1ea65f5632730e8744d1db2c40a6595b", "0900b3e6535d34f90e2c335775e86bf38ee7e3d26fb60cd9cdf639eb3496b94c", true)]
        [DataRow(27, "d115acc9a636915241795f48852052e07b51273ae2448251ec1d0d0f9807f3db", "696d2456de853fa028f486fef437b6b6d1b530a8475e299db3a9005ae9cef8401985b7d31e172e8f439ccd1ad1ec44c9b86b78f3f243c1305b53bc21abad7a8fc5256311bfd34c98e37dfdc649e7ae4bda08cf2994b063c0c7106ed0b02a1f48af9191cbfb0d6a953b7e04327dfe8c93779cb574ba9cba575d01674e83621aa0c5f400d6e6cd24b301e33c9f3303e73bf357408c1be86c2489c09de998ff2ef32df554f1247d9313ce1a7160115d06f4c18d6556ff7986ef8a55e2adcfa27e4c69c71cc2ff01639e9d49bd9ed0687f530ffeb0890132457df2088081bc4a2f7f0a9f4dcea2c80d991db7f3747a1803d7619aaf3dd382c69536a0bcdb931cbe", "82f92977f0b605eaada510ffceb53ad75fde16a8029f1b75b406a84270dbb8b7", true)]
        [DataRow(28, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "", "d28b42096d80f45f826b44a9d5607de72496a415d3f4a1a8c88e3bb9da8dc1cb", false)]
        [DataRow(29, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "000102030405060708090a0b0c0d0e0f", "d9b99f2709a3ca74172cbe93824c1f29b23a0c1e9c21bd851ff2d2c39dbef14e", false)]
        [DataRow(72, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "", "2c74bdf6927f0ba07d94bb562a9f8218db695bea2c0b5e573771c44625723e34", false)]
        [DataRow(73, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "000102030405060708090a0b0c0d0e0f", "274660d8f65c358be8d3416c7db3e0d64dc5f3e163de427ae00d2d3c62410eb1", false)]
        [DataRow(163, "a349ac0a9f9f74e48e099cc3dbf9a9c9", "", "3a8437b877b75cc08a4d8d7559a8fc6869a58c713da63d1d4b350d59b597e30c", true)]
        [DataRow(165, "73ef9ef1a4225e51e3c1db3ace1fa24f", "ffad380d9aabb0acede5c1bf112925cdfc3d379fc2376a4fe2644490d0430ac3", "9c7cb9f7c207ec46d1e3c55764731c4ab5ddbae4e1401e52a895df0cff4787c9", true)]
        [DataRow(169, "8a0c46eb8a2959e39865330079763341e7439dab149694ee57e0d61ec73d947e1d5301cd974e18a5e0d1cf0d2c37e8aadd9fd589d57ef32e47024a99bc3f70c077", "", "f5bfb940561fb4db73ebba49bf2e4893bb0cca618a71b7ecf6aca38231e167ea", true)]
        [DataRow(171, "21178e26bc28ffc27c06f762ba190a627075856d7ca6feab79ac63149b17126e34fd9e5590e0e90aac801df09505d8af2dd0a2703b352c573ac9d2cb063927f2af", "7d5f1d6b993452b1b53a4375760d10a20d46a0ab9ec3943fc4b07a2ce735e731", "e542ac8ac8f364bae4b7da8b7a0777df350f001de4e8cfa2d9ef0b15019496ec", true)]
        public void Wycheproof(int tcId, string key, string message, string tag, bool valid)
        {
            byte[] mac = HmacSha256.HashData(Hex.Parse(key), Hex.Parse(message));
            Assert.AreEqual(valid, ConstantTime.FixedTimeEquals(mac, Hex.Parse(tag)), "tcId " + tcId);
        }

        [TestMethod]
        public void StreamingMatchesOneShotAndInstanceIsReusable()
        {
            byte[] key = Hex.Repeat(0xaa, 131);
            byte[] message = Hex.Ascii("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.");
            HmacSha256 hmac = new HmacSha256(key);
            byte[] mac = new byte[32];
            for (int split = 0; split <= message.Length; split += 13)
            {
                hmac.Append(message, 0, split);
                hmac.Append(message, split, message.Length - split);
                hmac.Finish(mac, 0);
                Assert.AreEqual("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", Hex.Format(mac), "split " + split);
            }
        }

        [TestMethod]
        public void InitializeDiscardsAppendedData()
        {
            HmacSha256 hmac = new HmacSha256(Hex.Ascii("Jefe"));
            hmac.Append(Hex.Ascii("garbage"), 0, 7);
            hmac.Initialize();
            byte[] message = Hex.Ascii("what do ya want for nothing?");
            hmac.Append(message, 0, message.Length);
            byte[] mac = new byte[32];
            hmac.Finish(mac, 0);
            Assert.AreEqual("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Hex.Format(mac));
        }

        [TestMethod]
        public void AClearedInstanceRefusesToMac()
        {
            HmacSha256 hmac = new HmacSha256(Hex.Ascii("Jefe"));
            hmac.Clear();
            byte[] mac = new byte[32];
            Assert.ThrowsException(typeof(InvalidOperationException), () => hmac.Initialize());
            Assert.ThrowsException(typeof(InvalidOperationException), () => hmac.Append(mac, 0, 1));
            Assert.ThrowsException(typeof(InvalidOperationException), () => hmac.Finish(mac, 0));
        }

        private static void Check(byte[] key, byte[] message, string expected)
        {
            Assert.AreEqual(expected, Hex.Format(HmacSha256.HashData(key, message)));
        }
    }
}
