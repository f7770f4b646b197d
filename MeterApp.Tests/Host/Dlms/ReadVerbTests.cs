using System;
using Meter.Dlms.Transport;
using Meter.Tests.Dlms;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// `meter read` as a person runs it: a process reading over loopback TCP from a wrapper server
    /// whose sessions are <see cref="FakeMeterSession"/>s (suite 0 with the Green Book keys).
    /// </summary>
    [TestClass]
    public class ReadVerbTests
    {
        [TestMethod]
        public void AGmacReadPrintsScaledRegistersAndContinuesThePublishedInvocationCounter()
        {
            var factory = new FakeMeterFactory();
            using var served = new WrapperServed(factory);
            WrapperTcpServer server = served.Server;
            int exit = Meter(out string stdout, out string stderr, "read", "--port", server.LocalPort.ToString(),
                "--client", "1", "--auth", "gmac", "--ek", SecurityVectors.Ek, "--ak", SecurityVectors.Ak,
                "--system-title", SecurityVectors.ClientTitle, "--server-system-title", SecurityVectors.ServerTitle,
                "1.0.1.8.0.255:2", "1.0.32.7.0.255:2", "1/0.0.42.0.0.255:2");

            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = 12345 Wh (scaler 0)");
            StringAssert.Contains(stdout, "1.0.32.7.0.255:2 = 230.1 V (scaler -1)");
            StringAssert.Contains(stdout, "1/0.0.42.0.0.255:2 = \"MTR00000001\"");

            // A public association read 0.0.43.1.0.255 (41) first; the HLS association went on from 42.
            FakeMeterSession[] sessions = factory.Sessions;
            Assert.AreEqual(2, sessions.Length);
            Assert.AreEqual(0, sessions[0].ClientCounters.Count);
            // glo-initiateRequest 42, reply_to_HLS_authentication 43 with f(StoC) 44, then the GETs.
            for (int i = 0; i < sessions[1].ClientCounters.Count; i++)
            {
                Assert.AreEqual(42u + (uint)i, (uint)sessions[1].ClientCounters[i]);
            }

            Assert.AreEqual(3 + 5, sessions[1].ClientCounters.Count, "two registers with scaler_unit and a name");
        }

        [TestMethod]
        public void APublicReadPrintsRefusalsAndExitsWithOne()
        {
            var factory = new FakeMeterFactory();
            using var served = new WrapperServed(factory);
            WrapperTcpServer server = served.Server;
            int exit = Meter(out string stdout, out string stderr, "read", "--port", server.LocalPort.ToString(), "--auth", "none",
                "0.0.43.1.0.255:2", "1.0.99.1.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.Contains(stdout, "0.0.43.1.0.255:2 = 41");
            StringAssert.Contains(stdout, "1.0.99.1.0.255:2 = error: object-undefined");
        }

        [TestMethod]
        public void WrongKeysNoServerAndBadArgumentsGiveOneLine()
        {
            var factory = new FakeMeterFactory();
            using var served = new WrapperServed(factory);
            WrapperTcpServer server = served.Server;
            int exit = Meter(out string stdout, out string stderr, "read", "--port", server.LocalPort.ToString(), "--auth", "gmac", "--ic", "7",
                "--ek", "00112233445566778899aabbccddeeff", "--ak", SecurityVectors.Ak, "--system-title", SecurityVectors.ClientTitle, "1.0.1.8.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.Contains(stderr, "meter read: association refused");

            int port = server.LocalPort;
            server.Stop();
            exit = Meter(out stdout, out stderr, "read", "--port", port.ToString(), "--auth", "none", "1.0.1.8.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.StartsWith(stderr, "meter read: ");

            exit = Meter(out stdout, out stderr, "read", "--auth", "gmac", "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "--auth gmac needs --ek, --ak and --system-title");

            exit = Meter(out stdout, out stderr, "read", "--auth", "none", "1.0.1.8.0:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "bad OBIS code");
        }

        private static int Meter(out string stdout, out string stderr, params string[] args)
        {
            return MeterProcess.Run(out stdout, out stderr, args);
        }
    }
}
