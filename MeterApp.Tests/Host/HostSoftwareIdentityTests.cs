using System.IO;
using System.Security.Cryptography;
using Meter.Hal.Board;
using Meter.Host;
using Meter.Identity;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Meter.Hal.Crypto.Managed;

namespace Meter.Tests.Host
{
    [TestClass]
    public class HostSoftwareIdentityTests
    {
        [TestMethod]
        public void HashIsSha256OfTheApplicationAssemblyFilesInNameOrder()
        {
            SoftwareIdentity identity = HostSoftwareIdentity.Compute();
            string hal = typeof(BoardDefinition).Assembly.Location;
            string app = typeof(HostSoftwareIdentity).Assembly.Location;
            using MemoryStream both = new MemoryStream();
            both.Write(File.ReadAllBytes(hal));
            both.Write(File.ReadAllBytes(app));

            Assert.IsTrue(identity.HasHash);
            Assert.AreEqual(System.Convert.ToHexString(SHA256.HashData(both.ToArray())).ToLowerInvariant(), identity.HashHex);
            Assert.AreEqual("SHA-256 of Meter.Hal.dll || meter.dll", identity.HashScope);
            Assert.AreEqual(HostSoftwareIdentity.ProductName, identity.ProductName);
            StringAssert.StartsWith(identity.Version, "0.1.0");
        }
    }
}
