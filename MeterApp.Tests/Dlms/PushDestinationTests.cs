using Meter.Dlms.Push;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>send_destination "host:port" for TCP.</summary>
    [TestClass]
    public class PushDestinationTests
    {
        [TestMethod]
        [DataRow("192.0.2.10:4059", "192.0.2.10", 4059)]
        [DataRow("hes.example:1", "hes.example", 1)]
        [DataRow("[2001:db8::1]:65535", "2001:db8::1", 65535)]
        public void HostAndPortAreSplit(string destination, string host, int port)
        {
            string parsedHost;
            int parsedPort;
            Assert.IsTrue(PushDestination.TryParse(destination, out parsedHost, out parsedPort));
            Assert.AreEqual(host, parsedHost);
            Assert.AreEqual(port, parsedPort);
        }

        [TestMethod]
        [DataRow("192.0.2.10")]
        [DataRow("192.0.2.10:")]
        [DataRow(":4059")]
        [DataRow("host:0")]
        [DataRow("host:65536")]
        [DataRow("host:123456")]
        [DataRow("host:40a9")]
        [DataRow("host:-1")]
        [DataRow("2001:db8::1:4059")]
        [DataRow("[]:4059")]
        [DataRow("[::1:4059")]
        public void MalformedDestinationsAreRefused(string destination)
        {
            string host;
            int port;
            Assert.IsFalse(PushDestination.TryParse(destination, out host, out port));
            Assert.IsNull(host);
        }

        [TestMethod]
        public void NullIsRefused()
        {
            string host;
            int port;
            Assert.IsFalse(PushDestination.TryParse(null, out host, out port));
        }
    }
}
