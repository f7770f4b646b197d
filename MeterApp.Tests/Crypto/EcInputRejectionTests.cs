using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// The range and validity checks of ECDSA and ECDH: private keys outside [1, n-1], r or s
    /// outside [1, n-1], wrong signature lengths, coordinates not below p and points off the curve
    /// are refused without writing output. Uses the RFC 6979 A.2.5 key pair.
    /// </summary>
    [TestClass]
    public class EcInputRejectionTests
    {
        private const string N = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
        private const string P = "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff";
        private const string Key = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
        private const string PublicX = "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
        private const string PublicY = "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
        private const string R = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716";
        private const string S = "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";
        private const string Zero = "0000000000000000000000000000000000000000000000000000000000000000";

        [TestMethod]
        public void PrivateKeysOutsideTheGroupAreRefused()
        {
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P256);
            ManagedEcdh ecdh = new ManagedEcdh(EcCurve.P256);
            byte[] hash = Sha256.HashData(Hex.Ascii("sample"));
            string[] bad = new string[] { Zero, N, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" };
            for (int i = 0; i < bad.Length; i++)
            {
                byte[] signature = Hex.Repeat(0x5a, 64);
                Assert.IsFalse(ecdsa.SignHash(Hex.Parse(bad[i]), 0, hash, 0, 32, signature, 0), "sign " + i);
                CollectionAssert.AreEqual(Hex.Repeat(0x5a, 64), signature, "nothing written " + i);
                byte[] output = Hex.Repeat(0x5a, 64);
                Assert.IsFalse(ecdh.DerivePublicKey(Hex.Parse(bad[i]), 0, output, 0), "derive " + i);
                Assert.IsFalse(ecdh.DeriveSharedSecret(Hex.Parse(bad[i]), 0, Hex.Parse(PublicX + PublicY), 0, output, 0), "agree " + i);
                CollectionAssert.AreEqual(Hex.Repeat(0x5a, 64), output, "nothing written " + i);
            }

            // n - 1 is the largest valid key: its public key is -G, i.e. (Gx, p - Gy).
            byte[] publicKey = new byte[64];
            Assert.IsTrue(ecdh.DerivePublicKey(Hex.Parse("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550"), 0, publicKey, 0));
            Assert.AreEqual(
                "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296" +
                "b01cbd1c01e58065711814b583f061e9d431cca994cea1313449bf97c840ae0a",
                Hex.Format(publicKey));
        }

        [TestMethod]
        public void SignatureComponentsOutOfRangeAreRejected()
        {
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P256);
            byte[] hash = Sha256.HashData(Hex.Ascii("sample"));
            byte[] publicKey = Hex.Parse(PublicX + PublicY);
            Assert.IsTrue(Verify(ecdsa, publicKey, hash, R + S));
            Assert.IsFalse(Verify(ecdsa, publicKey, hash, Zero + S), "r = 0");
            Assert.IsFalse(Verify(ecdsa, publicKey, hash, R + Zero), "s = 0");
            Assert.IsFalse(Verify(ecdsa, publicKey, hash, N + S), "r = n");
            Assert.IsFalse(Verify(ecdsa, publicKey, hash, R + N), "s = n");

            // s and n - s are both valid ECDSA (no low-s rule in FIPS 186-4); a different s is not.
            byte[] signature = Hex.Parse(R + S);
            Assert.IsFalse(ecdsa.VerifyHash(publicKey, 0, hash, 0, 32, signature, 0, 63), "short");
            byte[] longer = new byte[65];
            System.Array.Copy(signature, longer, 64);
            Assert.IsFalse(ecdsa.VerifyHash(publicKey, 0, hash, 0, 32, longer, 0, 65), "long");
        }

        [TestMethod]
        public void InvalidPublicKeysAreRejected()
        {
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P256);
            ManagedEcdh ecdh = new ManagedEcdh(EcCurve.P256);
            byte[] hash = Sha256.HashData(Hex.Ascii("sample"));
            string[] bad = new string[]
            {
                Zero + Zero,
                PublicX + Zero,
                PublicX + "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462298",
                P + PublicY,
                PublicX + P,
            };
            byte[] secret = new byte[32];
            for (int i = 0; i < bad.Length; i++)
            {
                byte[] publicKey = Hex.Parse(bad[i]);
                Assert.IsFalse(Verify(ecdsa, publicKey, hash, R + S), "verify " + i);
                Assert.IsFalse(ecdh.DeriveSharedSecret(Hex.Parse(Key), 0, publicKey, 0, secret, 0), "agree " + i);
            }

            // (x, y) and (x + p, y) are the same residue, but only the reduced encoding is valid.
            Assert.IsTrue(ecdh.DeriveSharedSecret(Hex.Parse(Key), 0, Hex.Parse(PublicX + PublicY), 0, secret, 0));
        }

        [TestMethod]
        public void DigestsLongerAndShorterThanTheOrderAreTruncatedOrPadded()
        {
            // FIPS 186-4 section 6.4: only the leftmost 256 bits of a longer digest count, and a
            // shorter digest is an integer (as if left-padded with zeros).
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P256);
            byte[] key = Hex.Parse(Key);
            byte[] publicKey = Hex.Parse(PublicX + PublicY);
            byte[] digest = Sha384.HashData(Hex.Ascii("sample"));
            byte[] truncated = new byte[32];
            System.Array.Copy(digest, truncated, 32);
            byte[] signature = new byte[64];
            byte[] expected = new byte[64];
            Assert.IsTrue(ecdsa.SignHash(key, 0, digest, 0, 48, signature, 0));
            Assert.IsTrue(ecdsa.SignHash(key, 0, truncated, 0, 32, expected, 0));
            CollectionAssert.AreEqual(expected, signature);
            Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, truncated, 0, 32, signature, 0, 64));

            byte[] shortDigest = Hex.Parse("0102030405");
            byte[] padded = new byte[32];
            System.Array.Copy(shortDigest, 0, padded, 27, 5);
            Assert.IsTrue(ecdsa.SignHash(key, 0, shortDigest, 0, 5, signature, 0));
            Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, padded, 0, 32, signature, 0, 64));
        }

        [TestMethod]
        public void KeyGenerationRejectsCandidatesAboveTheOrder()
        {
            // B.4.2: c ≤ n - 2 is kept and d = c + 1; n - 1 and above are drawn again.
            byte[] nMinusOne = Hex.Parse("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550");
            byte[] nMinusTwo = Hex.Parse("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254f");
            ScriptedRandomSource source = new ScriptedRandomSource(new byte[][] { Hex.Repeat(0xff, 32), nMinusOne, nMinusTwo });
            byte[] key = new byte[34];
            Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(EcCurve.P256, source, key, 1));
            Assert.AreEqual(3, source.Draws);
            byte[] d = new byte[32];
            System.Array.Copy(key, 1, d, 0, 32);
            CollectionAssert.AreEqual(nMinusOne, d);

            ScriptedRandomSource zero = new ScriptedRandomSource(new byte[][] { new byte[48] });
            byte[] one = new byte[48];
            Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(EcCurve.P384, zero, one, 0));
            Assert.AreEqual(1, (int)one[47]);

            ScriptedRandomSource stuck = new ScriptedRandomSource(new byte[][] { Hex.Repeat(0xff, 32) });
            byte[] failed = Hex.Repeat(0x77, 32);
            Assert.IsFalse(EcKeyGenerator.GeneratePrivateKey(EcCurve.P256, stuck, failed, 0));
            CollectionAssert.AreEqual(new byte[32], failed);
        }

        private static bool Verify(ManagedEcdsa ecdsa, byte[] publicKey, byte[] hash, string signature)
        {
            byte[] bytes = Hex.Parse(signature);
            return ecdsa.VerifyHash(publicKey, 0, hash, 0, hash.Length, bytes, 0, bytes.Length);
        }
    }
}
