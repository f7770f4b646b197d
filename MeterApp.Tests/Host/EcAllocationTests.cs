using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Host-only: once warmed up (shared generator tables built, a repeated key's table cached),
    /// signing, verifying, deriving keys, agreeing and hashing with SHA-384 allocate nothing.
    /// </summary>
    [TestClass]
    public class EcAllocationTests
    {
        [TestMethod]
        [DataRow(EcTableSize.Compact)]
        [DataRow(EcTableSize.Large)]
        public void P256OperationsDoNotAllocate(EcTableSize tables)
        {
            Check(EcCurve.P256, tables);
        }

        [TestMethod]
        [DataRow(EcTableSize.Compact)]
        [DataRow(EcTableSize.Large)]
        public void P384OperationsDoNotAllocate(EcTableSize tables)
        {
            Check(EcCurve.P384, tables);
        }

        [TestMethod]
        public void Sha384AndHmacSha384DoNotAllocate()
        {
            Sha384 sha = new Sha384();
            HmacSha384 hmac = new HmacSha384(new byte[20]);
            byte[] data = new byte[1000];
            byte[] output = new byte[48];
            sha.Append(data, 0, data.Length);
            sha.Finish(output, 0);
            hmac.Append(data, 0, data.Length);
            hmac.Finish(output, 0);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                sha.Append(data, 0, 1 + i);
                sha.Finish(output, 0);
                hmac.SetKey(data, 0, i + 100);
                hmac.Append(data, 0, data.Length - i);
                hmac.Finish(output, 0);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 100 hashes and MACs");
        }

        private static void Check(EcCurve curve, EcTableSize tables)
        {
            SeededRandomSource random = new SeededRandomSource((int)curve);
            ManagedEcdsa ecdsa = new ManagedEcdsa(curve, tables);
            ManagedEcdh ecdh = new ManagedEcdh(curve, tables);
            int size = ecdsa.FieldSizeInBytes;
            byte[] key = new byte[size];
            byte[] peer = new byte[size];
            byte[] publicKey = new byte[2 * size];
            byte[] peerPublic = new byte[2 * size];
            byte[] otherPublic = new byte[2 * size];
            byte[] hash = new byte[size];
            byte[] signature = new byte[2 * size];
            byte[] secret = new byte[size];
            Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(curve, random, key, 0));
            Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(curve, random, peer, 0));
            Assert.IsTrue(ecdh.DerivePublicKey(key, 0, publicKey, 0));
            Assert.IsTrue(ecdh.DerivePublicKey(peer, 0, peerPublic, 0));
            Assert.IsTrue(ecdh.DerivePublicKey(key, 0, otherPublic, 0));
            otherPublic[0] ^= 0x80;

            // Warm-up: the key tables of the repeated keys are allocated and built here.
            for (int i = 0; i < 5; i++)
            {
                Assert.IsTrue(ecdsa.SignHash(key, 0, hash, 0, size, signature, 0));
                Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length));
                Assert.IsTrue(ecdh.DeriveSharedSecret(key, 0, peerPublic, 0, secret, 0));
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 5; i++)
            {
                hash[i] ^= 0x5a;
                Assert.IsTrue(ecdsa.SignHash(key, 0, hash, 0, size, signature, 0));
                Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, hash, 0, size, signature, 0, signature.Length));
                Assert.IsFalse(ecdsa.VerifyHash(otherPublic, 0, hash, 0, size, signature, 0, signature.Length));
                Assert.IsTrue(ecdh.DeriveSharedSecret(key, 0, peerPublic, 0, secret, 0));
                Assert.IsTrue(ecdh.DerivePublicKey(peer, 0, peerPublic, 0));
                Assert.IsTrue(EcKeyGenerator.GeneratePrivateKey(curve, random, peer, 0));
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by steady-state operations");
        }
    }
}
