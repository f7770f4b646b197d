using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// AES-GCM of each host provider (<see cref="GcmCipher"/> over <see cref="ManagedAes"/>, and
    /// .NET's) against every case of Wycheproof
    /// aes_gcm_test.json (<see cref="WycheproofAesGcmVectors"/>; AES-128/192/256, all tags 16 bytes).
    /// 12-byte IVs: valid cases encrypt to the exact ciphertext and tag and decrypt; invalid ones are
    /// rejected without writing. They are also run with the tag truncated to 12 bytes (DLMS). Any other
    /// IV length is rejected by the explicit-length overloads with an ArgumentException. Host-only for
    /// the size of the table (see convert_wycheproof_aes.py; the device runs the sample in
    /// Crypto/GcmCipherTests.cs); written against the device test API so it can move unchanged.
    /// </summary>
    [TestClass]
    public class GcmCipherWycheproofTests
    {
        private const byte Untouched = 0xEE;

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.DotNet)]
        public void TwelveByteIvCasesEncryptExactlyAndDecrypt(int provider)
        {
            ICryptoProvider crypto = WycheproofProviders.Get(provider);
            int valid = 0;
            foreach (string line in WycheproofAesGcmVectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                if (f[2].Length != 24 || f[7] == "invalid")
                {
                    continue;
                }

                valid++;
                byte[] key = Hex.Parse(f[1]);
                byte[] iv = Hex.Parse(f[2]);
                byte[] aad = Hex.Parse(f[3]);
                byte[] msg = Hex.Parse(f[4]);
                IAesGcm gcm = crypto.CreateAesGcm(key, 0, key.Length);

                byte[] ct = new byte[msg.Length];
                byte[] tag = new byte[16];
                gcm.Encrypt(iv, 0, msg, 0, msg.Length, ct, 0, aad, 0, aad.Length, tag, 0, 16);
                Assert.AreEqual(f[5], Hex.Format(ct), "ciphertext, tcId " + f[0]);
                Assert.AreEqual(f[6], Hex.Format(tag), "tag, tcId " + f[0]);

                byte[] pt = new byte[msg.Length];
                Assert.IsTrue(gcm.Decrypt(iv, 0, ct, 0, ct.Length, pt, 0, aad, 0, aad.Length, tag, 0, 16), "decrypts, tcId " + f[0]);
                Assert.AreEqual(f[4], Hex.Format(pt), "plaintext, tcId " + f[0]);
            }

            Assert.AreEqual(116, valid, "valid 12-byte-IV cases run");
        }

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.DotNet)]
        public void TwelveByteIvCasesWithTagTruncatedToTwelveBytes(int provider)
        {
            ICryptoProvider crypto = WycheproofProviders.Get(provider);
            foreach (string line in WycheproofAesGcmVectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                if (f[2].Length != 24 || f[7] == "invalid")
                {
                    continue;
                }

                byte[] key = Hex.Parse(f[1]);
                byte[] iv = Hex.Parse(f[2]);
                byte[] aad = Hex.Parse(f[3]);
                byte[] msg = Hex.Parse(f[4]);
                IAesGcm gcm = crypto.CreateAesGcm(key, 0, key.Length);

                byte[] ct = new byte[msg.Length];
                byte[] tag = new byte[12];
                gcm.Encrypt(iv, 0, msg, 0, msg.Length, ct, 0, aad, 0, aad.Length, tag, 0, 12);
                Assert.AreEqual(f[6].Substring(0, 24), Hex.Format(tag), "truncated tag, tcId " + f[0]);

                byte[] pt = new byte[msg.Length];
                Assert.IsTrue(gcm.Decrypt(iv, 0, ct, 0, ct.Length, pt, 0, aad, 0, aad.Length, tag, 0, 12), "decrypts, tcId " + f[0]);
                Assert.AreEqual(f[4], Hex.Format(pt), "plaintext, tcId " + f[0]);
            }
        }

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.DotNet)]
        public void TwelveByteIvInvalidCasesAreRejectedWithoutWriting(int provider)
        {
            ICryptoProvider crypto = WycheproofProviders.Get(provider);
            int invalid = 0;
            foreach (string line in WycheproofAesGcmVectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                if (f[2].Length != 24 || f[7] != "invalid")
                {
                    continue;
                }

                invalid++;
                byte[] key = Hex.Parse(f[1]);
                byte[] iv = Hex.Parse(f[2]);
                byte[] aad = Hex.Parse(f[3]);
                byte[] ct = Hex.Parse(f[5]);
                byte[] tag = Hex.Parse(f[6]);
                IAesGcm gcm = crypto.CreateAesGcm(key, 0, key.Length);

                byte[] pt = Hex.Repeat(Untouched, ct.Length);
                Assert.IsFalse(gcm.Decrypt(iv, 0, ct, 0, ct.Length, pt, 0, aad, 0, aad.Length, tag, 0, tag.Length), "rejected, tcId " + f[0]);
                Assert.IsTrue(CryptoAssert.AllBytesAre(pt, 0, pt.Length, Untouched), "nothing written, tcId " + f[0]);
            }

            Assert.AreEqual(81, invalid, "invalid 12-byte-IV cases run");
        }

        [TestMethod]
        public void OtherIvLengthsAreRejectedWithArgumentException()
        {
            int rejected = 0;
            foreach (string line in WycheproofAesGcmVectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                if (f[2].Length == 24)
                {
                    continue;
                }

                rejected++;
                byte[] key = Hex.Parse(f[1]);
                byte[] iv = Hex.Parse(f[2]);
                byte[] aad = Hex.Parse(f[3]);
                byte[] msg = Hex.Parse(f[4]);
                byte[] ct = Hex.Parse(f[5]);
                byte[] tag = Hex.Parse(f[6]);
                GcmCipher gcm = new GcmCipher(new ManagedAes(key, 0, key.Length));
                byte[] output = Hex.Repeat(Untouched, msg.Length);
                byte[] tagOut = new byte[16];

                CryptoAssert.ThrowsArgumentException(
                    () => gcm.Encrypt(iv, 0, iv.Length, msg, 0, msg.Length, output, 0, aad, 0, aad.Length, tagOut, 0, 16),
                    "encrypt, tcId " + f[0]);
                CryptoAssert.ThrowsArgumentException(
                    () => gcm.Decrypt(iv, 0, iv.Length, ct, 0, ct.Length, output, 0, aad, 0, aad.Length, tag, 0, 16),
                    "decrypt, tcId " + f[0]);
                Assert.IsTrue(CryptoAssert.AllBytesAre(output, 0, output.Length, Untouched), "nothing written, tcId " + f[0]);
            }

            Assert.AreEqual(119, rejected, "cases with other IV lengths");
        }

        [TestMethod]
        public void TagLengthsOutsideTwelveToSixteenAreRejected()
        {
            string[] f = VectorLine.Fields(WycheproofAesGcmVectors.Cases[0]);
            byte[] key = Hex.Parse(f[1]);
            byte[] iv = Hex.Parse(f[2]);
            byte[] msg = Hex.Parse(f[4]);
            byte[] ct = Hex.Parse(f[5]);
            byte[] tag = Hex.Parse(f[6] + "00");
            GcmCipher gcm = new GcmCipher(new ManagedAes(key, 0, key.Length));
            byte[] output = Hex.Repeat(Untouched, msg.Length);
            byte[] tagOut = new byte[17];

            Assert.IsTrue(gcm.Decrypt(iv, 0, ct, 0, ct.Length, output, 0, null, 0, 0, tag, 0, 16), "the case itself is valid");
            output = Hex.Repeat(Untouched, msg.Length);
            Assert.IsFalse(gcm.Decrypt(iv, 0, ct, 0, ct.Length, output, 0, null, 0, 0, tag, 0, 11), "11-byte tag");
            Assert.IsFalse(gcm.Decrypt(iv, 0, ct, 0, ct.Length, output, 0, null, 0, 0, tag, 0, 17), "17-byte tag");
            Assert.IsTrue(CryptoAssert.AllBytesAre(output, 0, output.Length, Untouched), "nothing written");

            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(iv, 0, msg, 0, msg.Length, output, 0, null, 0, 0, tagOut, 0, 11), "encrypt, 11-byte tag");
            CryptoAssert.ThrowsArgumentException(() => gcm.Encrypt(iv, 0, msg, 0, msg.Length, output, 0, null, 0, 0, tagOut, 0, 17), "encrypt, 17-byte tag");
        }
    }
}
