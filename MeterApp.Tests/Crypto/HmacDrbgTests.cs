using System;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Entropy;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="HmacDrbg"/> against NIST CAVP HMAC_DRBG SHA-256 no-reseed vectors (CAVS
    /// drbgvectors_no_reseed/HMAC_DRBG.rsp, [SHA-256], PredictionResistance False, 1024-bit outputs):
    /// instantiate, generate twice, compare the second output. Copied from patrickfav/dice
    /// src/test/java/at/favre/tools/dice/rnd/HmacDrbgSha256NistTestVectors.java
    /// (commit 32bf5ee482007855212d4306db1bb4e014fe03c1: "no personalization" cases 0 and 1,
    /// "with personalization" case 0) and re-checked against an independent Python HMAC_DRBG.
    /// </summary>
    [TestClass]
    public class HmacDrbgTests
    {
        [TestMethod]
        [DataRow("ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488", "659ba96c601dc69fc902940805ec0ca8", "", "e528e9abf2dece54d47c7e75e5fe302149f817ea9fb4bee6f4199697d04d5b89d54fbb978a15b5c443c9ec21036d2460b6f73ebad0dc2aba6e624abf07745bc107694bb7547bb0995f70de25d6b29e2d3011bb19d27676c07162c8b5ccde0668961df86803482cb37ed6d5c0bb8d50cf1f50d476aa0458bdaba806f48be9dcb8")]
        [DataRow("79737479ba4e7642a221fcfd1b820b134e9e3540a35bb48ffae29c20f5418ea3", "3593259c092bef4129bc2c6c9e19f343", "", "cf5ad5984f9e43917aa9087380dac46e410ddc8a7731859c84e9d0f31bd43655b924159413e2293b17610f211e09f770f172b8fb693a35b85d3b9e5e63b1dc252ac0e115002e9bedfb4b5b6fd43f33b8e0eafb2d072e1a6fee1f159df9b51e6c8da737e60d5032dd30544ec51558c6f080bdbdab1de8a939e961e06b5f1aca37")]
        [DataRow("5cacc68165a2e2ee20812f35ec73a79dbf30fd475476ac0c44fc6174cdac2b55", "6f885496c1e63af620becd9e71ecb824", "e72dd8590d4ed5295515c35ed6199e9d211b8f069b3058caa6670b96ef1208d0", "f1012cf543f94533df27fedfbf58e5b79a3dc517a9c402bdbfc9a0c0f721f9d53faf4aafdc4b8f7a1b580fcaa52338d4bd95f58966a243cdcd3f446ed4bc546d9f607b190dd69954450d16cd0e2d6437067d8b44d19a6af7a7cfa8794e5fbd728e8fb2f2e8db5dd4ff1aa275f35886098e80ff844886060da8b1e7137846b23b")]
        public void CavpNoReseed(string entropy, string nonce, string personalization, string returnedBits)
        {
            HmacDrbg drbg = Create(entropy, nonce, personalization);
            byte[] output = new byte[128];
            drbg.GetBytes(output, 0, 128);
            drbg.GetBytes(output, 0, 128);
            Assert.AreEqual(returnedBits, Hex.Format(output));
        }

        [TestMethod]
        public void RequestsAboveTheLimitAreSplit()
        {
            string entropy = "ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488";
            string nonce = "659ba96c601dc69fc902940805ec0ca8";
            HmacDrbg whole = Create(entropy, nonce, "");
            HmacDrbg parts = Create(entropy, nonce, "");
            byte[] a = new byte[HmacDrbg.MaxBytesPerRequest + 100];
            byte[] b = new byte[a.Length];
            whole.GetBytes(a, 0, a.Length);
            parts.Generate(b, 0, HmacDrbg.MaxBytesPerRequest, null, 0, 0);
            parts.Generate(b, HmacDrbg.MaxBytesPerRequest, 100, null, 0, 0);
            CollectionAssert.AreEqual(b, a);
            CryptoAssert.ThrowsArgumentException(() => parts.Generate(b, 0, HmacDrbg.MaxBytesPerRequest + 1, null, 0, 0), "one request above 2^19 bits");
        }

        [TestMethod]
        public void SeedsFromTheTrngAndReseedsWhenTheIntervalExpires()
        {
            CountingTrng trng = new CountingTrng();
            HmacDrbg drbg = new HmacDrbg(trng);
            Assert.AreEqual(48, trng.Bytes, "entropy 32 + nonce 16");

            drbg.ReseedInterval = 2;
            byte[] output = new byte[16];
            drbg.GetBytes(output, 0, 16);
            drbg.GetBytes(output, 0, 16);
            Assert.AreEqual(48, trng.Bytes, "within the interval");
            drbg.GetBytes(output, 0, 16);
            Assert.AreEqual(80, trng.Bytes, "reseeded with 32 bytes of entropy");
        }

        [TestMethod]
        public void ExplicitSeedNeedsAManualReseedAfterTheInterval()
        {
            HmacDrbg drbg = Create("ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488", "659ba96c601dc69fc902940805ec0ca8", "");
            drbg.ReseedInterval = 1;
            byte[] output = new byte[16];
            drbg.GetBytes(output, 0, 16);
            Assert.ThrowsException(typeof(InvalidOperationException), () => drbg.GetBytes(output, 0, 16));
            drbg.Reseed(new byte[32], 0, 32, null, 0, 0);
            drbg.GetBytes(output, 0, 16);
        }

        [TestMethod]
        public void RejectsShortSeedsAndUseAfterClear()
        {
            CryptoAssert.ThrowsArgumentException(() => new HmacDrbg(new byte[31], 0, 31, new byte[16], 0, 16, null, 0, 0), "31-byte entropy");
            CryptoAssert.ThrowsArgumentException(() => new HmacDrbg(new byte[32], 0, 32, new byte[15], 0, 15, null, 0, 0), "15-byte nonce");
            CryptoAssert.ThrowsArgumentException(() => new HmacDrbg(null), "no TRNG");

            HmacDrbg drbg = new HmacDrbg(new CountingTrng());
            drbg.Clear();
            Assert.ThrowsException(typeof(InvalidOperationException), () => drbg.GetBytes(new byte[1], 0, 1));
        }

        private static HmacDrbg Create(string entropy, string nonce, string personalization)
        {
            byte[] e = Hex.Parse(entropy);
            byte[] n = Hex.Parse(nonce);
            byte[] p = Hex.Parse(personalization);
            return new HmacDrbg(e, 0, e.Length, n, 0, n.Length, p, 0, p.Length);
        }

        /// <summary>A deterministic stand-in TRNG that counts the bytes drawn.</summary>
        private sealed class CountingTrng : ITrng
        {
            public int Bytes { get; private set; }

            public void GetBytes(byte[] buffer, int offset, int count)
            {
                for (int i = 0; i < count; i++)
                {
                    buffer[offset + i] = (byte)(Bytes + i);
                }

                Bytes += count;
            }
        }
    }
}
