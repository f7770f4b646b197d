using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>
    /// Known answers for <see cref="Sha256"/>. FIPS vectors are copied from
    /// shared/vectors/fips180-sha2.txt (FIPS 180-2 Appendix B, cross-checked against CPython's
    /// test_hashlib.py). Block-boundary lengths have no published vector: their digests were
    /// computed with Python's hashlib (an independent implementation), and the host-only
    /// Sha256CrossCheckTests compare against System.Security.Cryptography as well.
    /// </summary>
    [TestClass]
    public class Sha256Tests
    {
        [TestMethod]
        public void EmptyMessage()
        {
            // fips180-sha2.txt sha256.empty (computed, also in CPython's test_hashlib.py).
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex.Format(Sha256.HashData(new byte[0])));
        }

        [TestMethod]
        public void Abc()
        {
            // FIPS 180-2 B.1.
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Format(Sha256.HashData(Hex.Ascii("abc"))));
        }

        [TestMethod]
        public void TwoBlockMessage()
        {
            // FIPS 180-2 B.2: the 448-bit message, whose padding needs a second block.
            byte[] message = Hex.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Hex.Format(Sha256.HashData(message)));
        }

        [TestMethod]
        public void OneMillionA()
        {
            // FIPS 180-2 B.3: 1,000,000 x 'a', appended in uneven chunks through one reused buffer.
            byte[] chunk = Hex.Repeat(0x61, 1000);
            Sha256 sha = new Sha256();
            int remaining = 1000000;
            int step = 1;
            while (remaining > 0)
            {
                int n = step < remaining ? step : remaining;
                sha.Append(chunk, 0, n);
                remaining -= n;
                step = step == 1000 ? 1 : step * 3 > 1000 ? 1000 : step * 3;
            }

            byte[] digest = new byte[32];
            sha.Finish(digest, 0);
            Assert.AreEqual("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hex.Format(digest));
        }

        // Lengths around the padding boundaries (55 fits length in one block, 56 does not; 64 is one full block).
        // Expected digests: Python hashlib.sha256(b"a" * n), no published vector.
        [TestMethod]
        [DataRow(55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")]
        [DataRow(56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")]
        [DataRow(63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34")]
        [DataRow(64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")]
        [DataRow(65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0")]
        [DataRow(119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb")]
        [DataRow(120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c")]
        [DataRow(128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e")]
        public void BlockBoundaryLengths(int length, string expected)
        {
            Assert.AreEqual(expected, Hex.Format(Sha256.HashData(Hex.Repeat(0x61, length))));
        }

        [TestMethod]
        public void EverySplitPointMatchesOneShot()
        {
            // Incremental hashing must not depend on how the caller cuts the message.
            byte[] message = new byte[130];
            for (int i = 0; i < message.Length; i++)
            {
                message[i] = (byte)(i * 7 + 3);
            }

            byte[] expected = Sha256.HashData(message);
            Sha256 sha = new Sha256();
            byte[] digest = new byte[32];
            for (int split = 0; split <= message.Length; split++)
            {
                sha.Append(message, 0, split);
                sha.Append(message, split, message.Length - split);
                sha.Finish(digest, 0);
                CollectionAssert.AreEqual(expected, digest, "split at " + split);
            }
        }

        [TestMethod]
        public void FinishResetsForTheNextMessage()
        {
            Sha256 sha = new Sha256();
            byte[] first = new byte[40];
            sha.Append(Hex.Ascii("something else"), 0, 14);
            sha.Finish(first, 4);
            sha.Append(Hex.Ascii("abc"), 0, 3);
            byte[] digest = new byte[32];
            sha.Finish(digest, 0);
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Format(digest));
        }

        [TestMethod]
        public void RangesAreChecked()
        {
            Sha256 sha = new Sha256();
            byte[] data = new byte[10];
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => sha.Append(data, 5, 6));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => sha.Append(data, -1, 2));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => sha.Finish(new byte[40], 9));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => sha.Append(null, 0, 0));
        }
    }
}
