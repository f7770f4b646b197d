using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Host-only: the managed SHA-256, HMAC-SHA256 and PBKDF2 against .NET's own implementations
    /// (an independent second computation) over every length across several block boundaries,
    /// random split points and key lengths on both sides of the block size.
    /// </summary>
    [TestClass]
    public class CryptoCrossCheckTests
    {
        [TestMethod]
        public void Sha256MatchesDotNetForEveryLengthUpTo300()
        {
            Random random = new Random(180);
            Sha256 sha = new Sha256();
            byte[] digest = new byte[32];
            for (int length = 0; length <= 300; length++)
            {
                byte[] message = new byte[length];
                random.NextBytes(message);
                byte[] expected = SHA256.HashData(message);

                CollectionAssert.AreEqual(expected, Sha256.HashData(message), "one-shot, length " + length);

                int split = length == 0 ? 0 : random.Next(length + 1);
                sha.Append(message, 0, split);
                sha.Append(message, split, length - split);
                sha.Finish(digest, 0);
                CollectionAssert.AreEqual(expected, digest, "split " + split + ", length " + length);
            }
        }

        [TestMethod]
        public void Sha256MatchesDotNetForALargeMessageInRandomChunks()
        {
            Random random = new Random(4);
            byte[] message = new byte[200_003];
            random.NextBytes(message);
            Sha256 sha = new Sha256();
            int offset = 0;
            while (offset < message.Length)
            {
                int n = Math.Min(random.Next(1, 700), message.Length - offset);
                sha.Append(message, offset, n);
                offset += n;
            }

            byte[] digest = new byte[32];
            sha.Finish(digest, 0);
            CollectionAssert.AreEqual(SHA256.HashData(message), digest);
        }

        [TestMethod]
        public void HmacMatchesDotNetForKeyLengthsAroundTheBlockSize()
        {
            Random random = new Random(2104);
            for (int keyLength = 0; keyLength <= 140; keyLength++)
            {
                byte[] key = new byte[keyLength];
                random.NextBytes(key);
                byte[] message = new byte[random.Next(0, 200)];
                random.NextBytes(message);
                CollectionAssert.AreEqual(HMACSHA256.HashData(key, message), HmacSha256.HashData(key, message), "key length " + keyLength);
            }
        }

        [TestMethod]
        public void Pbkdf2PublishedVectorsWithManyIterations()
        {
            // PBKDF2-HMAC-SHA256 analogues of RFC 6070 (c = 4096), also recomputed with Python hashlib.
            Assert.AreEqual(
                "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
                Hex.Format(Pbkdf2Sha256.DeriveKey(Hex.Ascii("password"), Hex.Ascii("salt"), 4096, 32)));
            Assert.AreEqual(
                "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9",
                Hex.Format(Pbkdf2Sha256.DeriveKey(Hex.Ascii("passwordPASSWORDpassword"), Hex.Ascii("saltSALTsaltSALTsaltSALTsaltSALTsalt"), 4096, 40)));
        }

        [TestMethod]
        public void Pbkdf2MatchesRfc2898DeriveBytes()
        {
            Random random = new Random(8018);
            for (int round = 0; round < 20; round++)
            {
                byte[] password = new byte[random.Next(0, 100)];
                byte[] salt = new byte[random.Next(0, 40)];
                random.NextBytes(password);
                random.NextBytes(salt);
                int iterations = random.Next(1, 300);
                int length = random.Next(1, 100);
                byte[] expected = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, length);
                CollectionAssert.AreEqual(expected, Pbkdf2Sha256.DeriveKey(password, salt, iterations, length), "round " + round);
            }
        }
    }
}
