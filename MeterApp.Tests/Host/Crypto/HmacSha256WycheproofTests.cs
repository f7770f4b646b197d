using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// HMAC-SHA256 of each host provider (the managed <see cref="HmacSha256"/>, and .NET's) against every case of Wycheproof hmac_sha256_test.json
    /// (<see cref="WycheproofHmacSha256Vectors"/>; Hal/HmacSha256Tests.cs samples 14 of them).
    /// Tags of 16 bytes are truncated MACs (RFC 2104 section 5): the verifier compares the prefix.
    /// Host-only for the size of the table (see convert_wycheproof_aes.py).
    /// </summary>
    [TestClass]
    public class HmacSha256WycheproofTests
    {
        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.DotNet)]
        public void EveryCase(int provider)
        {
            ICryptoProvider crypto = WycheproofProviders.Get(provider);
            int count = 0;
            byte[] mac = new byte[32];
            foreach (string line in WycheproofHmacSha256Vectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                byte[] key = Hex.Parse(f[1]);
                byte[] msg = Hex.Parse(f[2]);
                byte[] tag = Hex.Parse(f[3]);
                IMac hmac = crypto.CreateHmac(CryptoAlgorithm.HmacSha256, key, 0, key.Length);
                hmac.Append(msg, 0, msg.Length);
                hmac.Finish(mac, 0);
                Assert.AreEqual(f[4] == "valid", ConstantTime.FixedTimeEquals(mac, 0, tag, 0, tag.Length), "tcId " + f[0]);
                count++;
            }

            Assert.AreEqual(174, count);
        }
    }
}
