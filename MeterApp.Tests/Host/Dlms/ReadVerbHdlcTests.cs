using Meter.Tests.Dlms;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// `meter read --transport hdlc`: the process reads through a real <see cref="Meter.Dlms.Hdlc.HdlcServerLink"/>
    /// on a <see cref="Meter.Host.TcpSerialBridge"/> whose sessions are <see cref="FakeMeterSession"/>s.
    /// </summary>
    [TestClass]
    public class ReadVerbHdlcTests
    {
        [TestMethod]
        public void APublicReadGoesThroughTheSerialBridgeToPhysicalAddress17()
        {
            var factory = new FakeMeterFactory();
            using var served = new HdlcServed(factory);
            int exit = MeterProcess.Run(out string stdout, out string stderr, "read", "--transport", "hdlc", "--port", served.Bridge.Port.ToString(),
                "--auth", "none", "0.0.43.1.0.255:2", "1.0.1.8.0.255:2");

            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "0.0.43.1.0.255:2 = 41");
            StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = 12345 Wh (scaler 0)");
            CollectionAssert.AreEqual(new[] { "16/1" }, factory.Opens);
        }

        [TestMethod]
        public void AGmacReadWithAShipmentGoesOverHdlc()
        {
            var factory = new FakeMeterFactory();
            using var served = new HdlcServed(factory);
            using var shipments = new ShipmentFixture();
            string shipment = shipments.Write("dlms-shipment.txt", SecurityVectors.ServerTitle, 1, 1);

            int exit = MeterProcess.Run(out string stdout, out string stderr, "read", "--transport", "hdlc", "--port", served.Bridge.Port.ToString(),
                "--shipment", shipment, "1.0.1.8.0.255:2", "1.0.32.7.0.255:2");

            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = 12345 Wh (scaler 0)");
            StringAssert.Contains(stdout, "1.0.32.7.0.255:2 = 230.1 V (scaler -1)");

            // Two HDLC connections on the one line, one after the other: the public counter read, then HLS-GMAC.
            CollectionAssert.AreEqual(new[] { "16/1", "1/1" }, factory.Opens);
            Assert.AreEqual(42, (int)(uint)factory.Sessions[1].ClientCounters[0], "ciphered from the counter after the published 41");
        }

        [TestMethod]
        public void OnlyTheMetersPhysicalAddressIsAnswered()
        {
            var factory = new FakeMeterFactory();
            using var served = new HdlcServed(factory, 34);
            string port = served.Bridge.Port.ToString();

            int exit = MeterProcess.Run(out string stdout, out string stderr, "read", "--transport", "hdlc", "--port", port, "--timeout", "200",
                "--auth", "none", "1.0.1.8.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.Contains(stderr, "meter read: no HDLC connection");
            Assert.AreEqual(0, factory.Opens.Length);

            exit = MeterProcess.Run(out stdout, out stderr, "read", "--transport", "hdlc", "--port", port, "--physical", "34",
                "--auth", "none", "1.0.1.8.0.255:2");
            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = 12345 Wh (scaler 0)");
        }
    }
}
