using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Host-only: the managed ECDSA, ECDH and SHA-384 against .NET's own implementations (OpenSSL
    /// underneath, an independent computation) on thousands of random keys, digests and messages:
    /// managed signatures verify under .NET and the reverse, shared secrets agree, digests agree.
    /// </summary>
    [TestClass]
    public class EcCrossCheckTests
    {
        [TestMethod]
        public void P256SignaturesCrossVerify()
        {
            CrossCheckSignatures(EcCurve.P256, ECCurve.NamedCurves.nistP256, HashAlgorithmName.SHA256, 600);
        }

        [TestMethod]
        public void P384SignaturesCrossVerify()
        {
            CrossCheckSignatures(EcCurve.P384, ECCurve.NamedCurves.nistP384, HashAlgorithmName.SHA384, 200);
        }

        [TestMethod]
        public void P256SharedSecretsMatchDotNet()
        {
            CrossCheckEcdh(EcCurve.P256, ECCurve.NamedCurves.nistP256, 600);
        }

        [TestMethod]
        public void P384SharedSecretsMatchDotNet()
        {
            CrossCheckEcdh(EcCurve.P384, ECCurve.NamedCurves.nistP384, 300);
        }

        [TestMethod]
        public void P256RepeatedKeysUseTheirCachedTablesCorrectly()
        {
            CrossCheckRepeatedKeys(EcCurve.P256, ECCurve.NamedCurves.nistP256, 300);
        }

        [TestMethod]
        public void P384RepeatedKeysUseTheirCachedTablesCorrectly()
        {
            CrossCheckRepeatedKeys(EcCurve.P384, ECCurve.NamedCurves.nistP384, 150);
        }

        [TestMethod]
        public void Sha384MatchesDotNetForEveryLengthUpTo600AndRandomSplits()
        {
            Random random = new Random(384);
            Sha384 sha = new Sha384();
            byte[] digest = new byte[48];
            for (int length = 0; length <= 600; length++)
            {
                byte[] message = new byte[length];
                random.NextBytes(message);
                byte[] expected = SHA384.HashData(message);
                CollectionAssert.AreEqual(expected, Sha384.HashData(message), "one-shot, length " + length);
                int split = random.Next(length + 1);
                sha.Append(message, 0, split);
                sha.Append(message, split, length - split);
                sha.Finish(digest, 0);
                CollectionAssert.AreEqual(expected, digest, "split " + split + ", length " + length);
            }
        }

        [TestMethod]
        public void HmacSha384MatchesDotNetForKeyLengthsAroundTheBlockSize()
        {
            Random random = new Random(4231);
            for (int keyLength = 0; keyLength <= 260; keyLength++)
            {
                byte[] key = new byte[keyLength];
                random.NextBytes(key);
                byte[] message = new byte[random.Next(0, 300)];
                random.NextBytes(message);
                CollectionAssert.AreEqual(HMACSHA384.HashData(key, message), HmacSha384.HashData(key, message), "key length " + keyLength);
            }
        }

        private static void CrossCheckSignatures(EcCurve curve, ECCurve dotNetCurve, HashAlgorithmName hashName, int count)
        {
            Random random = new Random((int)curve * 6979);
            ManagedEcdsa[] bothSizes = { new ManagedEcdsa(curve, EcTableSize.Compact), new ManagedEcdsa(curve, EcTableSize.Large) };
            ManagedEcdh[] bothKeySizes = { new ManagedEcdh(curve, EcTableSize.Compact), new ManagedEcdh(curve, EcTableSize.Large) };
            int size = bothSizes[0].FieldSizeInBytes;
            byte[] signature = new byte[2 * size];
            byte[] publicKey = new byte[2 * size];
            for (int i = 0; i < count; i++)
            {
                ManagedEcdsa ecdsa = bothSizes[i % 2];
                ManagedEcdh keys = bothKeySizes[i % 2];
                using (ECDsa dotNet = ECDsa.Create(dotNetCurve))
                {
                    ECParameters parameters = dotNet.ExportParameters(true);
                    byte[] digest = new byte[random.Next(1, 2 * size + 1)];
                    random.NextBytes(digest);

                    Assert.IsTrue(keys.DerivePublicKey(parameters.D, 0, publicKey, 0));
                    CollectionAssert.AreEqual(Concat(parameters.Q.X, parameters.Q.Y), publicKey, "public key " + i);

                    Assert.IsTrue(ecdsa.SignHash(parameters.D, 0, digest, 0, digest.Length, signature, 0));
                    Assert.IsTrue(dotNet.VerifyHash(digest, signature), "managed signature " + i);

                    byte[] theirs = dotNet.SignHash(digest);
                    Assert.IsTrue(ecdsa.VerifyHash(publicKey, 0, digest, 0, digest.Length, theirs, 0, theirs.Length), ".NET signature " + i);
                    theirs[random.Next(theirs.Length)] ^= (byte)(1 << random.Next(8));
                    Assert.IsFalse(ecdsa.VerifyHash(publicKey, 0, digest, 0, digest.Length, theirs, 0, theirs.Length), "tampered " + i);
                }
            }
        }

        private static void CrossCheckEcdh(EcCurve curve, ECCurve dotNetCurve, int count)
        {
            ManagedEcdh[] bothSizes = { new ManagedEcdh(curve, EcTableSize.Compact), new ManagedEcdh(curve, EcTableSize.Large) };
            int size = bothSizes[0].FieldSizeInBytes;
            byte[] secret = new byte[size];
            for (int i = 0; i < count; i++)
            {
                ManagedEcdh ecdh = bothSizes[i % 2];
                using (ECDiffieHellman ours = ECDiffieHellman.Create(dotNetCurve))
                using (ECDiffieHellman theirs = ECDiffieHellman.Create(dotNetCurve))
                {
                    ECParameters mine = ours.ExportParameters(true);
                    ECParameters peer = theirs.ExportParameters(false);
                    byte[] expected = ours.DeriveRawSecretAgreement(theirs.PublicKey);
                    Assert.IsTrue(ecdh.DeriveSharedSecret(mine.D, 0, Concat(peer.Q.X, peer.Q.Y), 0, secret, 0), "case " + i);
                    CollectionAssert.AreEqual(expected, secret, "case " + i);
                }
            }
        }

        // One head-end key verified and agreed with many times (the cached window-table paths),
        // interleaved with a second key so the cache is rebuilt, with and without the cache.
        private static void CrossCheckRepeatedKeys(EcCurve curve, ECCurve dotNetCurve, int count)
        {
            Random random = new Random((int)curve * 56);
            ManagedEcdsa cached = new ManagedEcdsa(curve, EcTableSize.Large);
            ManagedEcdsa uncached = new ManagedEcdsa(curve, EcTableSize.Compact);
            ManagedEcdh ecdh = new ManagedEcdh(curve, EcTableSize.Large);
            int size = cached.FieldSizeInBytes;
            byte[] secret = new byte[size];
            using (ECDsa first = ECDsa.Create(dotNetCurve))
            using (ECDsa second = ECDsa.Create(dotNetCurve))
            using (ECDiffieHellman headEnd = ECDiffieHellman.Create(dotNetCurve))
            {
                ECParameters headEndKey = headEnd.ExportParameters(false);
                byte[] headEndPublic = Concat(headEndKey.Q.X, headEndKey.Q.Y);
                for (int i = 0; i < count; i++)
                {
                    ECDsa signer = i % 10 == 9 ? second : first;
                    ECParameters key = signer.ExportParameters(false);
                    byte[] publicKey = Concat(key.Q.X, key.Q.Y);
                    byte[] digest = new byte[size];
                    random.NextBytes(digest);
                    byte[] signature = signer.SignHash(digest);
                    Assert.IsTrue(cached.VerifyHash(publicKey, 0, digest, 0, size, signature, 0, signature.Length), "cached " + i);
                    Assert.IsTrue(uncached.VerifyHash(publicKey, 0, digest, 0, size, signature, 0, signature.Length), "uncached " + i);
                    digest[random.Next(size)] ^= 0x10;
                    Assert.IsFalse(cached.VerifyHash(publicKey, 0, digest, 0, size, signature, 0, signature.Length), "tampered " + i);

                    using (ECDiffieHellman mine = ECDiffieHellman.Create(dotNetCurve))
                    {
                        byte[] expected = mine.DeriveRawSecretAgreement(headEnd.PublicKey);
                        Assert.IsTrue(ecdh.DeriveSharedSecret(mine.ExportParameters(true).D, 0, headEndPublic, 0, secret, 0), "agree " + i);
                        CollectionAssert.AreEqual(expected, secret, "agree " + i);
                    }
                }
            }
        }

        private static byte[] Concat(byte[] x, byte[] y)
        {
            byte[] result = new byte[x.Length + y.Length];
            Array.Copy(x, result, x.Length);
            Array.Copy(y, 0, result, x.Length, y.Length);
            return result;
        }
    }
}
