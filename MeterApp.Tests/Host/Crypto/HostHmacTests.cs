using Meter.Hal.Crypto;
using Meter.Hal.Host.Crypto;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Crypto
{
    /// <summary>
    /// The .NET HMAC knows its length after Clear, as the managed one does: the self-test's HMAC row
    /// read it there, and the .NET provider failed that row.
    /// </summary>
    [TestClass]
    public class HostHmacTests
    {
        [TestMethod]
        public void TheHostHmacKnowsItsLengthAfterClear()
        {
            byte[] key = { 0x4a, 0x65, 0x66, 0x65 };
            IMac sha256 = new HostCryptoProvider().CreateHmac(CryptoAlgorithm.HmacSha256, key, 0, key.Length);
            IMac sha384 = new HostCryptoProvider().CreateHmac(CryptoAlgorithm.HmacSha384, key, 0, key.Length);
            sha256.Clear();
            sha384.Clear();
            Assert.AreEqual(32, sha256.MacLength);
            Assert.AreEqual(48, sha384.MacLength);
        }
    }
}
