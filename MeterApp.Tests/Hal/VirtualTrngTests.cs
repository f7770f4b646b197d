using System;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualTrngTests
    {
        // RFC 8439, Appendix A.1, ChaCha20 block function test vectors #1 (all-zero key and
        // nonce, counter 0) and #2 (same, counter 1): seed 0 gives the all-zero key.
        private const string Rfc8439A1Vector1 =
            "76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7" +
            "da41597c5157488d7724e03fb8d84a376a43b8f41518a11cc387b669b2ee6586";

        private const string Rfc8439A1Vector2 =
            "9f07e7be5551387a98ba977c732d080dcb0f29a048e3656912c6533e32ee7aed" +
            "29b721769ce64e43d57133b074d839d531ed1f28510afb45ace10a1f4b794d6f";

        // Key 00 01 .. 1f, zero nonce, counter 0: computed with pyca/cryptography 48.0.0
        // (algorithms.ChaCha20 over 64 zero bytes), which reproduces the RFC vectors above.
        private const string Key00To1fBlock0 =
            "39fd2b7dd9c5196a8dbd0377b8dc4a498a35d86fbcde6accb2cc7d4cd8ea2492" +
            "2b23cce7a26023ab3f0eef693ac87f64258235eab1f7a32dc22762a0485b410c";

        [TestMethod]
        public void SeedZeroIsTheRfc8439Keystream()
        {
            byte[] output = new byte[128];
            new VirtualTrng(0).GetBytes(output, 0, output.Length);
            CollectionAssert.AreEqual(FromHex(Rfc8439A1Vector1 + Rfc8439A1Vector2), output);
        }

        [TestMethod]
        public void AFullKeyIsUsedAsTheChaChaKey()
        {
            byte[] key = new byte[32];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)i;
            }

            byte[] output = new byte[64];
            new VirtualTrng(key).GetBytes(output, 0, output.Length);
            CollectionAssert.AreEqual(FromHex(Key00To1fBlock0), output);
        }

        [TestMethod]
        public void SmallReadsContinueTheSameStream()
        {
            byte[] whole = new byte[150];
            new VirtualTrng(77).GetBytes(whole, 0, whole.Length);

            VirtualTrng pieces = new VirtualTrng(77);
            byte[] joined = new byte[150];
            pieces.GetBytes(joined, 0, 1);
            pieces.GetBytes(joined, 1, 63);
            pieces.GetBytes(joined, 64, 7);
            pieces.GetBytes(joined, 71, 79);
            CollectionAssert.AreEqual(whole, joined);
        }

        [TestMethod]
        public void DifferentSeedsGiveDifferentBytes()
        {
            byte[] a = new byte[16];
            byte[] b = new byte[16];
            new VirtualTrng(1).GetBytes(a, 0, a.Length);
            new VirtualTrng(2).GetBytes(b, 0, b.Length);
            CollectionAssert.AreNotEqual(a, b);
        }

        [TestMethod]
        public void WritesOnlyTheRequestedRange()
        {
            byte[] buffer = new byte[10];
            new VirtualTrng(0).GetBytes(buffer, 3, 4);
            CollectionAssert.AreEqual(new byte[] { 0, 0, 0, 0x76, 0xb8, 0xe0, 0xad, 0, 0, 0 }, buffer);
        }

        [TestMethod]
        public void BadArgumentsAreRejected()
        {
            VirtualTrng trng = new VirtualTrng(0);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => trng.GetBytes(new byte[4], 3, 2));
            Assert.ThrowsException(typeof(ArgumentNullException), () => trng.GetBytes(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => new VirtualTrng(new byte[16]));
        }

        private static byte[] FromHex(string hex)
        {
            byte[] bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = Convert.ToByte(hex.Substring(2 * i, 2), 16);
            }

            return bytes;
        }
    }
}
