using Meter.Tests.Dlms;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// `meter read --shipment FILE`: the meter maker's shipment file instead of --auth/--ek/--ak/
    /// --server-system-title/--client/--server, against <see cref="FakeMeterSession"/>s over the wrapper.
    /// </summary>
    [TestClass]
    public class ReadVerbShipmentTests
    {
        [TestMethod]
        public void AShipmentGivesTheKeysTheMeterTitleTheClientAndTheLogicalDevice()
        {
            var factory = new FakeMeterFactory();
            using var served = new WrapperServed(factory);
            using var shipments = new ShipmentFixture();
            string shipment = shipments.Write("dlms-shipment.txt", SecurityVectors.ServerTitle, 5, 3);

            int exit = MeterProcess.Run(out string stdout, out string stderr, "read", "--port", served.Server.LocalPort.ToString(),
                "--shipment", shipment, "1.0.1.8.0.255:2", "1/0.0.42.0.0.255:2");

            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = 12345 Wh (scaler 0)");
            StringAssert.Contains(stdout, "1/0.0.42.0.0.255:2 = \"MTR00000001\"");

            // The public client read the invocation counter from the file's logical device, then its client associated with HLS-GMAC.
            CollectionAssert.AreEqual(new[] { "16/5", "3/5" }, factory.Opens);
            // Ciphered with the file's EK and AK, from the counter after the published 41; released at the end.
            Assert.AreEqual(42, (int)(uint)factory.Sessions[1].ClientCounters[0]);
            Assert.IsFalse(factory.Sessions[1].Associated);
        }

        [TestMethod]
        public void TheShipmentOfAnotherMeterIsRefusedByItsSystemTitle()
        {
            var factory = new FakeMeterFactory();
            using var served = new WrapperServed(factory);
            using var shipments = new ShipmentFixture();
            string other = shipments.Write("other.txt", "4d4d4d0000bc614f", 1, 1);

            int exit = MeterProcess.Run(out string stdout, out string stderr, "read", "--port", served.Server.LocalPort.ToString(),
                "--shipment", other, "--ic", "100", "1.0.1.8.0.255:2");

            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.Contains(stderr, "meter read: the server system title is not the one expected");
        }

        [TestMethod]
        public void AMissingOrMalformedShipmentOrAMixWithKeyOptionsIsAUsageError()
        {
            using var shipments = new ShipmentFixture();
            string good = shipments.Write("good.txt", SecurityVectors.ServerTitle, 1, 1);
            string missing = System.IO.Path.Combine(shipments.Directory, "missing.txt");
            string noHeader = shipments.WriteText("no-header.txt", "system-title: 4D4D4D0000BC614E\n");
            string noAk = shipments.WriteText("no-ak.txt", System.IO.File.ReadAllText(good).Replace("ak: D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n", string.Empty));

            int exit = MeterProcess.Run(out string stdout, out string stderr, "read", "--shipment", missing, "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "meter read: --shipment cannot read " + missing);

            exit = MeterProcess.Run(out stdout, out stderr, "read", "--shipment", noHeader, "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "is not a usable shipment file: line 1: not a shipment file");

            exit = MeterProcess.Run(out stdout, out stderr, "read", "--shipment", noAk, "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "is not a usable shipment file: ak is missing");

            exit = MeterProcess.Run(out stdout, out stderr, "read", "--shipment", good, "--auth", "gmac", "--ek", SecurityVectors.Ek, "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "drop --auth, --ek or drop --shipment");

            exit = MeterProcess.Run(out stdout, out stderr, "read", "--physical", "17", "--auth", "none", "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "--physical is the HDLC lower address: it needs --transport hdlc");

            exit = MeterProcess.Run(out stdout, out stderr, "read", "--transport", "serial", "--auth", "none", "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "--transport wrapper");

            exit = MeterProcess.Run(out stdout, out stderr, "help");
            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "--shipment FILE (e.g. meter-data/dlms-shipment.txt)");
            StringAssert.Contains(stdout, "by default 5453540000000001");
            StringAssert.Contains(stdout, "--physical N = lower address, default 17");
        }
    }
}
