using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// Keys from a seeded source through <see cref="EcKeyGenerator"/>: signatures verify and any
    /// tampering is rejected, both ECDH directions agree, and the ECDSA instance accepts the
    /// public key <see cref="ManagedEcdh.DerivePublicKey"/> derived.
    /// </summary>
    [TestClass]
    public class EcRoundTripTests
    {
        [TestMethod]
        public void P256SignVerifyAndTamper()
        {
            SignVerifyAndTamper(EcCurve.P256, 11, 8);
        }

        [TestMethod]
        public void P384SignVerifyAndTamper()
        {
            SignVerifyAndTamper(EcCurve.P384, 12, 4);
        }

        [TestMethod]
        public void P256AgreementBothDirections()
        {
            AgreeBothDirections(EcCurve.P256, 21, 6);
        }

        [TestMethod]
        public void P384AgreementBothDirections()
        {
            AgreeBothDirections(EcCurve.P384, 22, 3);
        }

        private static void SignVerifyAndTamper(EcCurve curve, int seed, int rounds)
        {
            SeededRandomSource random = new SeededRandomSource(seed);
            ManagedEcdsa ecdsa = new ManagedEcdsa(curve);
            ManagedEcdh keys = new ManagedEcdh(curve);
            int size = ecdsa.FieldSizeInBytes;
            Assert.AreEqual(curve, ecdsa.Curve);
            byte[] privateKey = new byte[size];
            byte[] publicKey = new byte[2 * size];
            byte[] hash = new byte[size];
            byte[] signature = new byte[2 * size];
            for (int round = 0; round < rounds; round++)
            {
                Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(curve, random, privateKey, 0));
                Assert.IsTrue(keys.DerivePublicKey(privateKey, 0, publicKey, 0));
                random.GetBytes(hash, 0, size);
                Assert.IsTrue(ecdsa.SignHash(privateKey, 0, hash, 0, size, signature, 0));
                Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length), "round " + round);

                // A flipped bit anywhere in the digest, signature or key must be rejected.
                int bit = (round * 37) % (8 * size);
                hash[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.IsFalse(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length), "tampered digest");
                hash[bit / 8] ^= (byte)(1 << (bit % 8));

                int sigBit = (round * 53) % (16 * size);
                signature[sigBit / 8] ^= (byte)(1 << (sigBit % 8));
                Assert.IsFalse(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length), "tampered signature");
                signature[sigBit / 8] ^= (byte)(1 << (sigBit % 8));

                publicKey[size - 1] ^= 1;
                Assert.IsFalse(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length), "other key");
                publicKey[size - 1] ^= 1;
                Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length), "restored");
            }
        }

        private static void AgreeBothDirections(EcCurve curve, int seed, int rounds)
        {
            SeededRandomSource random = new SeededRandomSource(seed);
            ManagedEcdh ecdh = new ManagedEcdh(curve);
            int size = ecdh.FieldSizeInBytes;
            Assert.AreEqual(curve, ecdh.Curve);
            byte[] alice = new byte[size];
            byte[] bob = new byte[size];
            byte[] alicePublic = new byte[2 * size];
            byte[] bobPublic = new byte[2 * size];
            byte[] aliceSecret = new byte[size];
            byte[] bobSecret = new byte[size];
            for (int round = 0; round < rounds; round++)
            {
                Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(curve, random, alice, 0));
                Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(curve, random, bob, 0));
                Assert.IsTrue(ecdh.DerivePublicKey(alice, 0, alicePublic, 0));
                Assert.IsTrue(ecdh.DerivePublicKey(bob, 0, bobPublic, 0));
                Assert.IsTrue(ecdh.DeriveSharedSecret(alice, 0, bobPublic, 0, aliceSecret, 0));
                Assert.IsTrue(ecdh.DeriveSharedSecret(bob, 0, alicePublic, 0, bobSecret, 0));
                CollectionAssert.AreEqual(aliceSecret, bobSecret, "round " + round);
            }
        }
    }
}
