using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// <see cref="AesKeyWrap"/> against every case of Wycheproof aes_wrap_test.json
    /// (<see cref="WycheproofAesWrapVectors"/>). Valid cases wrap and unwrap exactly; invalid and
    /// "acceptable" (8-byte key, which this class refuses) cases fail to unwrap without writing, and
    /// key-data lengths that cannot be wrapped are refused. Host-only for the size of the table (see
    /// convert_wycheproof_aes.py); written against the device test API so it can move to a device
    /// vector assembly unchanged.
    /// </summary>
    [TestClass]
    public class AesKeyWrapWycheproofTests
    {
        private const byte Untouched = 0xEE;

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.DotNet)]
        public void WycheproofCases(int provider)
        {
            ICryptoProvider crypto = WycheproofProviders.Get(provider);
            int valid = 0;
            int rejected = 0;
            foreach (string line in WycheproofAesWrapVectors.Cases)
            {
                string[] f = VectorLine.Fields(line);
                string id = "tcId " + f[0];
                byte[] kek = Hex.Parse(f[1]);
                AesKeyWrap wrap = new AesKeyWrap(crypto.CreateAes(kek, 0, kek.Length));
                byte[] msg = Hex.Parse(f[2]);
                byte[] ct = Hex.Parse(f[3]);
                byte[] output = Hex.Repeat(Untouched, ct.Length + 8);
                if (f[4] == "valid")
                {
                    valid++;
                    byte[] wrapped = new byte[msg.Length + 8];
                    wrap.Wrap(msg, 0, msg.Length, wrapped, 0);
                    Assert.AreEqual(f[3], Hex.Format(wrapped), "wrap, " + id);
                    Assert.IsTrue(wrap.Unwrap(ct, 0, ct.Length, output, 0), "unwrap, " + id);
                    Assert.AreEqual(f[2], Hex.Format(output).Substring(0, 2 * msg.Length), "key data, " + id);
                    continue;
                }

                // Invalid and "acceptable" (8-byte key) cases: unwrapping fails without writing, and a
                // key-data length that cannot be wrapped is refused.
                rejected++;
                Assert.IsFalse(wrap.Unwrap(ct, 0, ct.Length, output, 0), "unwrap, " + id);
                Assert.IsTrue(CryptoAssert.AllBytesAre(output, 0, output.Length, Untouched), "nothing written, " + id);
                if (msg.Length < AesKeyWrap.MinKeyDataLength || msg.Length % 8 != 0)
                {
                    CryptoAssert.ThrowsArgumentException(() => wrap.Wrap(msg, 0, msg.Length, new byte[msg.Length + 8], 0), "wrap, " + id);
                }
            }

            Assert.AreEqual(36, valid, "valid cases");
            Assert.AreEqual(129, rejected, "invalid and acceptable cases");
        }
    }
}
