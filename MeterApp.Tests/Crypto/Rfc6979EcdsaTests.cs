using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// RFC 6979 A.2.5 (P-256, SHA-256) and A.2.6 (P-384, SHA-384) known answers, copied from
    /// shared/vectors/rfc6979-ecdsa.txt: the public key derived from x, and the exact deterministic
    /// signatures (r, s) of "sample" and "test", which fixes the nonce k of section 3.2.
    /// </summary>
    [TestClass]
    public class Rfc6979EcdsaTests
    {
        private const string P256Key = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
        private const string P256Public =
            "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6" +
            "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";

        private const string P384Key = "6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d896d5724e4c70a825f872c9ea60d2edf5";
        private const string P384Public =
            "ec3a4e415b4e19a4568618029f427fa5da9a8bc4ae92e02e06aae5286b300c64def8f0ea9055866064a254515480bc13" +
            "8015d9b72d7d57244ea8ef9ac0c621896708a59367f9dfb9f54ca84b3f1c9db1288b231c3ae0d4fe7344fd2533264720";

        [TestMethod]
        public void P256PublicKeyFromPrivateKey()
        {
            byte[] publicKey = new byte[64];
            Assert.IsTrue(new ManagedEcdh(EcCurve.P256).DerivePublicKey(Hex.Parse(P256Key), 0, publicKey, 0));
            Assert.AreEqual(P256Public, Hex.Format(publicKey));
        }

        [TestMethod]
        public void P384PublicKeyFromPrivateKey()
        {
            byte[] publicKey = new byte[96];
            Assert.IsTrue(new ManagedEcdh(EcCurve.P384).DerivePublicKey(Hex.Parse(P384Key), 0, publicKey, 0));
            Assert.AreEqual(P384Public, Hex.Format(publicKey));
        }

        [TestMethod]
        public void P256Sha256Sample()
        {
            CheckP256(
                "sample",
                "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716",
                "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
        }

        [TestMethod]
        public void P256Sha256Test()
        {
            CheckP256(
                "test",
                "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367",
                "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083");
        }

        [TestMethod]
        public void P384Sha384Sample()
        {
            CheckP384(
                "sample",
                "94edbb92a5ecb8aad4736e56c691916b3f88140666ce9fa73d64c4ea95ad133c81a648152e44acf96e36dd1e80fabe46",
                "99ef4aeb15f178cea1fe40db2603138f130e740a19624526203b6351d0a3a94fa329c145786e679e7b82c71a38628ac8");
        }

        [TestMethod]
        public void P384Sha384Test()
        {
            CheckP384(
                "test",
                "8203b63d3c853e8d77227fb377bcf7b7b772e97892a80f36ab775d509d7a5feb0542a7f0812998da8f1dd3ca3cf023db",
                "ddd0760448d42d8a43af45af836fce4de8be06b485e9b61b827c2f13173923e06a739f040649a667bf3b828246baa5a5");
        }

        [TestMethod]
        public void SignatureIsWrittenAtTheOffsetAndRepeatsExactly()
        {
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P256);
            byte[] hash = Sha256.HashData(Hex.Ascii("sample"));
            byte[] key = new byte[40];
            System.Array.Copy(Hex.Parse(P256Key), 0, key, 5, 32);
            byte[] first = new byte[70];
            byte[] second = new byte[64];
            Assert.IsTrue(ecdsa.SignHash(key, 5, hash, 0, 32, first, 3));
            Assert.IsTrue(ecdsa.SignHash(key, 5, hash, 0, 32, second, 0));
            byte[] atOffset = new byte[64];
            System.Array.Copy(first, 3, atOffset, 0, 64);
            CollectionAssert.AreEqual(second, atOffset);
            Assert.AreEqual(
                "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716" +
                "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8",
                Hex.Format(second));
        }

        private static void CheckP256(string message, string r, string s)
        {
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P256);
            byte[] hash = Sha256.HashData(Hex.Ascii(message));
            byte[] signature = new byte[64];
            Assert.IsTrue(ecdsa.SignHash(Hex.Parse(P256Key), 0, hash, 0, hash.Length, signature, 0));
            Assert.AreEqual(r + s, Hex.Format(signature));
            Assert.IsTrue(ecdsa.VerifyHash(Hex.Parse(P256Public), 0, hash, 0, hash.Length, signature, 0, 64));
        }

        private static void CheckP384(string message, string r, string s)
        {
            ManagedEcdsa ecdsa = new ManagedEcdsa(EcCurve.P384);
            byte[] hash = Sha384.HashData(Hex.Ascii(message));
            byte[] signature = new byte[96];
            Assert.IsTrue(ecdsa.SignHash(Hex.Parse(P384Key), 0, hash, 0, hash.Length, signature, 0));
            Assert.AreEqual(r + s, Hex.Format(signature));
            Assert.IsTrue(ecdsa.VerifyHash(Hex.Parse(P384Public), 0, hash, 0, hash.Length, signature, 0, 96));
        }
    }
}
