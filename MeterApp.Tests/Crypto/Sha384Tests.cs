using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// Known answers for <see cref="Sha384"/>, copied from shared/vectors/fips180-sha2.txt: FIPS 180-2
    /// D.1 ("abc"), D.2 (896-bit message) and D.3 (a million "a"); the empty and 448-bit digests
    /// there are computed (hashlib, CPython's test_hashlib.py). The host-only EcCrossCheckTests
    /// compare every length up to 600 against System.Security.Cryptography.
    /// </summary>
    [TestClass]
    public class Sha384Tests
    {
        [TestMethod]
        public void Abc()
        {
            Assert.AreEqual(
                "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
                Hex.Format(Sha384.HashData(Hex.Ascii("abc"))));
        }

        [TestMethod]
        public void EmptyMessage()
        {
            Assert.AreEqual(
                "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
                Hex.Format(Sha384.HashData(new byte[0])));
        }

        [TestMethod]
        public void Message448Bits()
        {
            Assert.AreEqual(
                "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b",
                Hex.Format(Sha384.HashData(Hex.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))));
        }

        [TestMethod]
        public void TwoBlockMessage896Bits()
        {
            // FIPS 180-2 D.2: 112 bytes, so the length field no longer fits and padding takes a second block.
            byte[] message = Hex.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
            Assert.AreEqual(
                "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039",
                Hex.Format(Sha384.HashData(message)));
        }

        [TestMethod]
        public void OneMillionAInUnevenChunks()
        {
            byte[] chunk = Hex.Repeat(0x61, 1000);
            Sha384 sha = new Sha384();
            int remaining = 1000000;
            int step = 1;
            while (remaining > 0)
            {
                int n = step < remaining ? step : remaining;
                sha.Append(chunk, 0, n);
                remaining -= n;
                step = step == 1000 ? 1 : step * 3 > 1000 ? 1000 : step * 3;
            }

            byte[] digest = new byte[48];
            sha.Finish(digest, 0);
            Assert.AreEqual(
                "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985",
                Hex.Format(digest));
        }

        [TestMethod]
        public void FinishStartsANewDigestAndWritesAtTheOffset()
        {
            Sha384 sha = new Sha384();
            sha.Append(Hex.Ascii("xyz"), 0, 3);
            byte[] scratch = new byte[50];
            sha.Finish(scratch, 2);
            sha.Append(Hex.Ascii("abc"), 0, 3);
            byte[] output = new byte[52];
            sha.Finish(output, 4);
            byte[] digest = new byte[48];
            System.Array.Copy(output, 4, digest, 0, 48);
            Assert.AreEqual(48, sha.HashLength);
            Assert.AreEqual(
                "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
                Hex.Format(digest));
        }
    }
}
