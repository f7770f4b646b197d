using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// KeyOperations.EncryptDlms / DecryptDlms (DLMS security suite 0). Vectors: DLMS UA Green Book
    /// examples as reproduced in u9n/dlms-cosem tests/test_security.py and OpenMUC jDLMS
    /// CipheringTest/GmacTest (copied from the project's dlms-green-book.txt, "glo-get-request" and "HLS-GMAC").
    /// </summary>
    [TestClass]
    public class DlmsKeyOperationsTests
    {
        private const string Ek = "000102030405060708090a0b0c0d0e0f";
        private const string Ak = "d0d1d2d3d4d5d6d7d8d9dadbdcdddedf";
        private const string SystemTitle = "4d4d4d0000bc614e";
        private const uint Counter = 0x01234567;
        private const string Plaintext = "c0010000080000010000ff0200";
        private const string Ciphertext = "411312ff935a47566827c467bc";
        private const string TagBoth = "7d825c3be4a77c3fcc056b6b";
        private const string TagAuthOnly = "06725d910f9221d263877516";

        [TestMethod]
        [DataRow(0x30, Ciphertext, TagBoth)]
        [DataRow(0x20, Ciphertext, "")]
        [DataRow(0x10, Plaintext, TagAuthOnly)]
        public void GreenBookGloGetRequestBothDirections(int securityControl, string expectedData, string expectedTag)
        {
            CryptoRig meter = CryptoRig.Create(40);
            KeyHandle ek = ImportEk(meter);
            KeyHandle ak = ImportAk(meter);
            byte[] title = Hex.Parse(SystemTitle);
            byte[] plain = Hex.Parse(Plaintext);
            byte[] output = new byte[plain.Length];
            byte[] tag = new byte[12];

            meter.Operations.EncryptDlms(ek, ak, (byte)securityControl, title, 0, Counter, plain, 0, plain.Length, output, 0, tag, 0);
            Assert.AreEqual(expectedData, Hex.Format(output));
            Assert.AreEqual(expectedTag.Length == 0 ? "000000000000000000000000" : expectedTag, Hex.Format(tag));

            byte[] received = Hex.Parse(expectedData);
            byte[] opened = new byte[received.Length];
            byte[] receivedTag = expectedTag.Length == 0 ? null : Hex.Parse(expectedTag);
            Assert.IsTrue(meter.Operations.DecryptDlms(ek, ak, (byte)securityControl, title, 0, Counter, received, 0, received.Length, opened, 0, receivedTag, 0));
            Assert.AreEqual(Plaintext, Hex.Format(opened));
        }

        [TestMethod]
        [DataRow(0x30, Ciphertext, TagBoth)]
        [DataRow(0x10, Plaintext, TagAuthOnly)]
        public void ForgedTagWritesNothing(int securityControl, string data, string tagHex)
        {
            CryptoRig meter = CryptoRig.Create(41);
            KeyHandle ek = ImportEk(meter);
            KeyHandle ak = ImportAk(meter);
            byte[] title = Hex.Parse(SystemTitle);
            byte[] received = Hex.Parse(data);
            for (int bit = 0; bit < 96; bit += 13)
            {
                byte[] tag = Hex.Parse(tagHex);
                tag[bit / 8] ^= (byte)(1 << (bit % 8));
                byte[] output = Hex.Repeat(0xA5, received.Length);
                Assert.IsFalse(meter.Operations.DecryptDlms(ek, ak, (byte)securityControl, title, 0, Counter, received, 0, received.Length, output, 0, tag, 0));
                CollectionAssert.AreEqual(Hex.Repeat(0xA5, received.Length), output);
            }

            // The SC byte, the counter and the system title are all authenticated.
            byte[] good = Hex.Parse(tagHex);
            byte[] sink = new byte[received.Length];
            Assert.IsFalse(meter.Operations.DecryptDlms(ek, ak, (byte)(securityControl | 0x40), title, 0, Counter, received, 0, received.Length, sink, 0, good, 0));
            Assert.IsFalse(meter.Operations.DecryptDlms(ek, ak, (byte)securityControl, title, 0, Counter + 1, received, 0, received.Length, sink, 0, good, 0));
            title[7] ^= 1;
            Assert.IsFalse(meter.Operations.DecryptDlms(ek, ak, (byte)securityControl, title, 0, Counter, received, 0, received.Length, sink, 0, good, 0));
        }

        [TestMethod]
        public void WrongAuthenticationKeyFailsTheTag()
        {
            CryptoRig meter = CryptoRig.Create(42);
            KeyHandle ek = ImportEk(meter);
            KeyHandle otherAk = meter.Keys.Import(2, KeyType.Aes128, KeyUsage.Authentication, Hex.Parse(Ek), 0, 16);
            byte[] received = Hex.Parse(Ciphertext);
            Assert.IsFalse(meter.Operations.DecryptDlms(ek, otherAk, 0x30, Hex.Parse(SystemTitle), 0, Counter, received, 0, received.Length, new byte[received.Length], 0, Hex.Parse(TagBoth), 0));
        }

        [TestMethod]
        public void InPlaceRoundTrip()
        {
            CryptoRig meter = CryptoRig.Create(43);
            KeyHandle ek = ImportEk(meter);
            KeyHandle ak = ImportAk(meter);
            byte[] title = Hex.Parse(SystemTitle);
            byte[] buffer = Hex.Parse("00" + Plaintext);
            byte[] tag = new byte[12];
            meter.Operations.EncryptDlms(ek, ak, 0x30, title, 0, Counter, buffer, 1, buffer.Length - 1, buffer, 1, tag, 0);
            Assert.AreEqual("00" + Ciphertext, Hex.Format(buffer));
            Assert.IsTrue(meter.Operations.DecryptDlms(ek, ak, 0x30, title, 0, Counter, buffer, 1, buffer.Length - 1, buffer, 1, tag, 0));
            Assert.AreEqual("00" + Plaintext, Hex.Format(buffer));
        }

        [TestMethod]
        public void HlsGmacTagOfTheChallenge()
        {
            // Green Book Table 43: f(StoC) = SC || IC || GMAC(EK, client title || IC, SC || AK || StoC).
            CryptoRig meter = CryptoRig.Create(44);
            KeyHandle ek = ImportEk(meter);
            KeyHandle ak = ImportAk(meter);
            byte[] challenge = Hex.Parse("503677524a323146");
            byte[] copy = new byte[challenge.Length];
            byte[] tag = new byte[12];
            meter.Operations.EncryptDlms(ek, ak, 0x10, Hex.Parse("4d4d4d0000000001"), 0, 1, challenge, 0, challenge.Length, copy, 0, tag, 0);
            Assert.AreEqual("1a52fe7dd3e72748973c1e28", Hex.Format(tag));
            CollectionAssert.AreEqual(challenge, copy);
        }

        [TestMethod]
        public void KeysServeOnlyTheirUsage()
        {
            CryptoRig meter = CryptoRig.Create(45);
            KeyHandle ek = ImportEk(meter);
            KeyHandle ak = ImportAk(meter);
            KeyHandle wrap = meter.Keys.Import(3, KeyType.Aes128, KeyUsage.KeyWrap, Hex.Parse(Ak), 0, 16);
            byte[] title = Hex.Parse(SystemTitle);
            byte[] data = new byte[16];
            byte[] tag = new byte[12];

            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.EncryptDlms(ak, ak, 0x30, title, 0, 1, data, 0, 16, data, 0, tag, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.EncryptDlms(ek, ek, 0x30, title, 0, 1, data, 0, 16, data, 0, tag, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.DecryptDlms(ek, wrap, 0x10, title, 0, 1, data, 0, 16, data, 0, tag, 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => meter.Operations.EncryptDlms(ek, null, 0x30, title, 0, 1, data, 0, 16, data, 0, tag, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Operations.EncryptDlms(ek, ak, 0x00, title, 0, 1, data, 0, 16, data, 0, tag, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => meter.Operations.EncryptDlms(ek, ak, 0x30, title, 1, 1, data, 0, 16, data, 0, tag, 0));

            // Encryption only needs no AK and writes no tag.
            meter.Operations.EncryptDlms(ek, null, 0x20, title, 0, 1, data, 0, 16, data, 0, null, 0);

            meter.Keys.Destroy(ak);
            Assert.ThrowsException(typeof(ObjectDisposedException), () => meter.Operations.EncryptDlms(ek, ak, 0x30, title, 0, 1, data, 0, 16, data, 0, tag, 0));
        }

        [TestMethod]
        public void ErrorStateRefusesDlmsOperations()
        {
            CryptoRig meter = CryptoRig.Create(46);
            KeyHandle ek = ImportEk(meter);
            KeyHandle ak = ImportAk(meter);
            KeyOperations untested = CryptoRig.Untested(47).Operations;
            byte[] title = Hex.Parse(SystemTitle);
            byte[] data = new byte[16];
            byte[] tag = new byte[12];
            Assert.ThrowsException(typeof(CryptoErrorStateException), () => untested.EncryptDlms(ek, ak, 0x30, title, 0, 1, data, 0, 16, data, 0, tag, 0));
            Assert.ThrowsException(typeof(CryptoErrorStateException), () => untested.DecryptDlms(ek, ak, 0x10, title, 0, 1, data, 0, 16, data, 0, tag, 0));
        }

        private static KeyHandle ImportEk(CryptoRig meter)
        {
            return meter.Keys.Import(1, KeyType.Aes128, KeyUsage.Encryption, Hex.Parse(Ek), 0, 16);
        }

        private static KeyHandle ImportAk(CryptoRig meter)
        {
            return meter.Keys.Import(4, KeyType.Aes128, KeyUsage.Authentication, Hex.Parse(Ak), 0, 16);
        }
    }
}
