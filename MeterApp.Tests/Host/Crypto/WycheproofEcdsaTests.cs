using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// Every Wycheproof ECDSA P1363 case (Vectors/WycheproofEcdsa*.cs): each "valid" signature
    /// verifies and each "invalid" one (r or s out of range, wrong length, edge-case arithmetic) is
    /// rejected. These files contain no "acceptable" cases; the test asserts that too.
    /// </summary>
    [TestClass]
    public class WycheproofEcdsaTests
    {
        private static readonly char[] Bar = new char[] { '|' };

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.ManagedLarge)]
        [DataRow(WycheproofProviders.DotNet)]
        public void P256Sha256(int provider)
        {
            Run(WycheproofProviders.Get(provider), EcCurve.P256, WycheproofEcdsaP256Vectors.Keys, WycheproofEcdsaP256Vectors.Cases, 262);
        }

        [TestMethod]
        [DataRow(WycheproofProviders.ManagedCompact)]
        [DataRow(WycheproofProviders.ManagedLarge)]
        [DataRow(WycheproofProviders.DotNet)]
        public void P384Sha384(int provider)
        {
            Run(WycheproofProviders.Get(provider), EcCurve.P384, WycheproofEcdsaP384Vectors.Keys, WycheproofEcdsaP384Vectors.Cases, 280);
        }

        private static void Run(ICryptoProvider provider, EcCurve curve, string[] keys, string[] cases, int expectedCount)
        {
            Assert.AreEqual(expectedCount, cases.Length);
            IEcdsa ecdsa = provider.CreateEcdsa(curve);
            int size = ecdsa.FieldSizeInBytes;
            byte[][] publicKeys = new byte[keys.Length][];
            for (int i = 0; i < keys.Length; i++)
            {
                string[] xy = keys[i].Split(Bar);
                publicKeys[i] = Hex.Parse(xy[0] + xy[1]);
            }

            byte[] hash = new byte[size];
            string failures = string.Empty;
            int valid = 0;
            for (int i = 0; i < cases.Length; i++)
            {
                string[] fields = cases[i].Split(Bar);
                string result = fields[1];
                Assert.AreNotEqual("a", result, "case " + fields[0]);
                byte[] message = Hex.Parse(fields[3]);
                byte[] signature = Hex.Parse(fields[4]);
                if (curve == EcCurve.P256)
                {
                    Sha256.HashData(message, 0, message.Length, hash, 0);
                }
                else
                {
                    Sha384.HashData(message, 0, message.Length, hash, 0);
                }

                bool verified = ecdsa.VerifyHash(publicKeys[int.Parse(fields[2])], 0, hash, 0, size, signature, 0, signature.Length);
                if (verified != (result == "v"))
                {
                    failures += " " + fields[0];
                }

                if (verified)
                {
                    valid++;
                }
            }

            Assert.AreEqual(string.Empty, failures, provider.Name + ": tcIds with the wrong verdict");
            Assert.IsTrue(valid > 150, "most cases are valid signatures");
        }
    }
}
