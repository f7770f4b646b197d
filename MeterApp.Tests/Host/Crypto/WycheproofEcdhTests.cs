using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// Every Wycheproof ECDH case (Vectors/WycheproofEcdh*.cs). The peer key arrives as DER
    /// SubjectPublicKeyInfo and is read by <see cref="SpkiPublicKey"/> (strict DER, uncompressed,
    /// named curve); a key it cannot read counts as a rejection. Each "valid" case yields exactly
    /// the published shared secret (none of them uses a compressed point). Each "invalid" case
    /// (points off the curve, wrong curve, invalid encodings) is rejected by the reader or by
    /// <see cref="IEcdh.DeriveSharedSecret"/>. "Acceptable" cases are non-DER or compressed
    /// encodings, explicit curve parameters and unused parameters; this implementation rejects
    /// all of them, and the test asserts that.
    /// </summary>
    [TestClass]
    public class WycheproofEcdhTests
    {
        private static readonly char[] Bar = new char[] { '|' };

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.ManagedLarge)]
        [DataRow(WycheproofProviders.DotNet)]
        public void P256(int provider)
        {
            Run(WycheproofProviders.Get(provider), EcCurve.P256, WycheproofEcdhP256Vectors.Cases, 612);
        }

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.ManagedLarge)]
        [DataRow(WycheproofProviders.DotNet)]
        public void P384(int provider)
        {
            Run(WycheproofProviders.Get(provider), EcCurve.P384, WycheproofEcdhP384Vectors.Cases, 1047);
        }

        private static void Run(ICryptoProvider provider, EcCurve curve, string[] cases, int expectedCount)
        {
            Assert.AreEqual(expectedCount, cases.Length);
            IEcdh ecdh = provider.CreateEcdh(curve);
            int size = ecdh.FieldSizeInBytes;
            byte[] publicKey = new byte[2 * size];
            byte[] secret = new byte[size];
            string failures = string.Empty;
            int agreed = 0;
            for (int i = 0; i < cases.Length; i++)
            {
                string[] fields = cases[i].Split(Bar);
                string result = fields[1];
                bool accepted = SpkiPublicKey.TryRead(curve, Hex.Parse(fields[4]), publicKey)
                    && ecdh.DeriveSharedSecret(Hex.Parse(fields[2]), 0, publicKey, 0, secret, 0);
                bool correct = result == "v"
                    ? accepted && Hex.Format(secret) == fields[3]
                    : !accepted;
                if (!correct)
                {
                    failures += " " + fields[0];
                }

                if (accepted)
                {
                    agreed++;
                }
            }

            Assert.AreEqual(string.Empty, failures, provider.Name + ": tcIds with the wrong outcome");
            Assert.IsTrue(agreed > 300, "most cases agree on a secret");
        }
    }
}
