using Meter.Dlms.Hdlc;
using Meter.Dlms.Transport;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The HDLC client link against the meter's server link over a simulated serial line.</summary>
    [TestClass]
    public class HdlcClientLinkTests
    {
        [TestMethod]
        public void ConnectNegotiatesDownToTheMetersLimits()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientSettings settings = new HdlcClientSettings();
            settings.Proposal.MaxInfoTransmit = 256;
            settings.Proposal.MaxInfoReceive = 100;
            settings.Proposal.WindowTransmit = 7;
            HdlcClientLink client = Attach(fixture, settings);
            Assert.IsTrue(client.Connect());
            Assert.IsTrue(client.IsConnected);
            Assert.AreEqual(128, client.Negotiated.MaxInfoTransmit);
            Assert.AreEqual(100, client.Negotiated.MaxInfoReceive);
            Assert.AreEqual(1, client.Negotiated.WindowTransmit);
            Assert.AreEqual(100, fixture.Link.Negotiated.MaxInfoTransmit);
            Assert.AreEqual(128, fixture.Link.Negotiated.MaxInfoReceive);
        }

        [TestMethod]
        public void SmallApduIsEchoed()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            Assert.AreEqual(Pattern(13), Exchange(client, Pattern(13), 64));
            Assert.AreEqual(Pattern(13), Hex.Format(fixture.Factory.Last.LastRequest));
            Assert.AreEqual(Pattern(20), Exchange(client, Pattern(20), 64));
        }

        [TestMethod]
        public void ApdusLargerThanTheInformationFieldAreSegmentedBothWays()
        {
            HdlcServerFixture fixture = new HdlcServerFixture(new HdlcServerSettings(), 2048);
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            Assert.AreEqual(Pattern(1000), Exchange(client, Pattern(1000), 2048));
            Assert.AreEqual(Pattern(1000), Hex.Format(fixture.Factory.Last.LastRequest));
            Assert.AreEqual(Pattern(300), Exchange(client, Pattern(300), 2048));
        }

        [TestMethod]
        public void WindowsLargerThanOneCarrySegmentsBothWays()
        {
            HdlcServerSettings server = new HdlcServerSettings();
            server.Limits.WindowTransmit = 3;
            server.Limits.WindowReceive = 4;
            server.Limits.MaxInfoTransmit = 64;
            server.Limits.MaxInfoReceive = 64;
            HdlcServerFixture fixture = new HdlcServerFixture(server, 2048);
            HdlcClientSettings settings = new HdlcClientSettings();
            settings.Proposal.WindowTransmit = 7;
            settings.Proposal.WindowReceive = 7;
            HdlcClientLink client = Connected(fixture, settings);
            Assert.AreEqual(4, client.Negotiated.WindowTransmit);
            Assert.AreEqual(3, client.Negotiated.WindowReceive);
            Assert.AreEqual(Pattern(1500), Exchange(client, Pattern(1500), 2048));
            Assert.AreEqual(Pattern(1500), Hex.Format(fixture.Factory.Last.LastRequest));
            Assert.AreEqual(Pattern(40), Exchange(client, Pattern(40), 2048));
        }

        [TestMethod]
        public void LostResponseSegmentIsRecoveredByPolling()
        {
            HdlcServerFixture fixture = new HdlcServerFixture(new HdlcServerSettings(), 2048);
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            fixture.Line.Server.PassWrites = 1;
            fixture.Line.Server.DropWrites = 1;
            Assert.AreEqual(Pattern(600), Exchange(client, Pattern(600), 2048));
            Assert.AreEqual(1, fixture.Factory.Last.Requests);
        }

        [TestMethod]
        public void LostRequestSegmentIsSentAgain()
        {
            HdlcServerFixture fixture = new HdlcServerFixture(new HdlcServerSettings(), 2048);
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            fixture.Line.Client.PassWrites = 1;
            fixture.Line.Client.DropWrites = 1;
            Assert.AreEqual(Pattern(600), Exchange(client, Pattern(600), 2048));
            Assert.AreEqual(Pattern(600), Hex.Format(fixture.Factory.Last.LastRequest));
        }

        [TestMethod]
        public void LostFinalRequestFrameIsSentAgain()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            fixture.Line.Client.DropWrites = 1;
            Assert.AreEqual(Pattern(10), Exchange(client, Pattern(10), 64));
            Assert.AreEqual(1, fixture.Factory.Last.Requests);
        }

        [TestMethod]
        public void CloseDisconnectsAndAReconnectGetsANewSession()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            FakeApduSession first = fixture.Factory.Last;
            Exchange(client, Pattern(5), 64);
            client.Close();
            client.Close();
            Assert.IsFalse(client.IsConnected);
            Assert.IsTrue(first.Closed);
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Disconnected);
            Assert.IsFalse(client.Send(Hex.Parse(Pattern(5)), 0, 5));

            Assert.IsTrue(client.Connect());
            Assert.AreNotSame(first, fixture.Factory.Last);
            Assert.AreEqual(Pattern(7), Exchange(client, Pattern(7), 64));
        }

        [TestMethod]
        public void RefusedClientDoesNotConnect()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Factory.RefusedClient = 16;
            HdlcClientLink client = Attach(fixture, new HdlcClientSettings());
            Assert.IsFalse(client.Connect());
            Assert.IsFalse(client.IsConnected);
        }

        [TestMethod]
        public void FramesForAnotherClientAreIgnored()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientLink client = Attach(fixture, new HdlcClientSettings());
            string dm = HdlcServerFixture.Frame(
                HdlcAddress.OneByte(1),
                HdlcServerFixture.Server,
                HdlcControl.Unnumbered(HdlcControlKind.DisconnectedMode, true),
                false,
                string.Empty);
            byte[] stray = Hex.Parse(dm);
            fixture.Line.Client.Deliver(stray, 0, stray.Length);
            Assert.IsTrue(client.Connect());
            Assert.AreEqual(Pattern(9), Exchange(client, Pattern(9), 64));
        }

        [TestMethod]
        public void SilentServerFailsTheConnectAfterTheRetries()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientLink client = Attach(fixture, new HdlcClientSettings());
            fixture.Line.Client.DropWrites = 100;
            long start = fixture.Line.Clock.UptimeMilliseconds;
            Assert.IsFalse(client.Connect());
            long waited = fixture.Line.Clock.UptimeMilliseconds - start;
            Assert.AreEqual((long)((HdlcClientSettings.DefaultRetries + 1) * HdlcClientSettings.DefaultResponseTimeoutMilliseconds), waited);
        }

        [TestMethod]
        public void ClientAfterTheInactivityTimeoutGetsDmAndLosesTheLink()
        {
            HdlcServerSettings server = new HdlcServerSettings();
            server.InactivityTimeoutMilliseconds = 5000;
            HdlcServerFixture fixture = new HdlcServerFixture(server, 512);
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            FakeApduSession session = fixture.Factory.Last;
            fixture.Line.Clock.Advance(5000);
            fixture.Settle();
            Assert.IsTrue(session.Closed);
            Assert.IsTrue(client.Send(Hex.Parse(Pattern(5)), 0, 5));
            Assert.AreEqual(-1, client.Receive(new byte[64], 0, 64, 10000));
            Assert.IsFalse(client.IsConnected);
        }

        [TestMethod]
        public void AbruptStopMidRequestLeavesTheMeterReadyForTheNextClient()
        {
            HdlcServerSettings server = new HdlcServerSettings();
            server.InactivityTimeoutMilliseconds = 30000;
            HdlcServerFixture fixture = new HdlcServerFixture(server, 2048);
            HdlcClientLink first = Connected(fixture, new HdlcClientSettings());
            FakeApduSession session = fixture.Factory.Last;

            // The first segment gets through, then the line goes dead for the client.
            fixture.Line.Client.PassWrites = 1;
            fixture.Line.Client.DropWrites = 1000;
            Assert.IsFalse(first.Send(Hex.Parse(Pattern(500)), 0, 500));
            Assert.IsFalse(first.IsConnected);
            fixture.Line.Client.DropWrites = 0;
            fixture.Line.Clock.Advance(30000);
            fixture.Settle();
            Assert.IsTrue(session.Closed);
            Assert.AreEqual(0, session.Requests);

            HdlcClientLink second = Connected(fixture, new HdlcClientSettings());
            Assert.AreEqual(Pattern(500), Exchange(second, Pattern(500), 2048));
        }

        [TestMethod]
        public void ResponseLongerThanTheCallersBufferIsNotCopied()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            byte[] apdu = Hex.Parse(Pattern(40));
            Assert.IsTrue(client.Send(apdu, 0, apdu.Length));
            byte[] small = new byte[41];
            Assert.AreEqual(-1, client.Receive(small, 1, 39, 10000));
            Assert.AreEqual((byte)0, small[0]);
            Assert.AreEqual((byte)0, small[40]);
            Assert.AreEqual(Pattern(6), Exchange(client, Pattern(6), 64));
        }

        [TestMethod]
        public void ApduAboveTheSessionLimitEndsTheLinkWithFrmr()
        {
            HdlcServerFixture fixture = new HdlcServerFixture(new HdlcServerSettings(), 200);
            HdlcClientLink client = Connected(fixture, new HdlcClientSettings());
            byte[] apdu = Hex.Parse(Pattern(400));
            Assert.IsFalse(client.Send(apdu, 0, apdu.Length));
            Assert.IsFalse(client.IsConnected);
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.FrameRejected);
            Assert.IsTrue(client.Connect());
            Assert.AreEqual(Pattern(150), Exchange(client, Pattern(150), 256));
        }

        [TestMethod]
        public void ApduAboveTheClientLimitIsNotSent()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcClientSettings settings = new HdlcClientSettings();
            settings.MaxApduSize = 100;
            HdlcClientLink client = Connected(fixture, settings);
            Assert.IsFalse(client.Send(new byte[101], 0, 101));
            Assert.AreEqual(0, fixture.Factory.Last.Requests);
        }

        internal static HdlcClientLink Attach(HdlcServerFixture fixture, HdlcClientSettings settings)
        {
            fixture.Line.Client.Stepper = fixture;
            return new HdlcClientLink(fixture.Line.Client, fixture.Line.Clock, settings);
        }

        private static HdlcClientLink Connected(HdlcServerFixture fixture, HdlcClientSettings settings)
        {
            HdlcClientLink client = Attach(fixture, settings);
            Assert.IsTrue(client.Connect());
            return client;
        }

        private static string Exchange(HdlcClientLink client, string apduHex, int bufferSize)
        {
            byte[] apdu = Hex.Parse(apduHex);
            Assert.IsTrue(client.Send(apdu, 0, apdu.Length));
            byte[] buffer = new byte[bufferSize];
            int length = client.Receive(buffer, 0, buffer.Length, 60000);
            Assert.IsTrue(length >= 0, "no response");
            return Hex.Format(DlmsBytes.Take(buffer, length));
        }

        private static string Pattern(int count)
        {
            return HdlcServerLinkTests.Pattern(count);
        }
    }
}
