using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The meter's HDLC secondary station, fed raw frames (IEC 62056-46 6.4.4).</summary>
    [TestClass]
    public class HdlcServerLinkTests
    {
        // UA field with the defaults: 128 bytes and window 1 both ways.
        private const string DefaultUaInfo = "818012050180060180070400000001080400000001";

        private const string GetRequest = "c001c100030100010800ff0200";

        [TestMethod]
        public void GreenBookSnrmWithoutParametersGetsUaWithTheDefaults()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            string answer = fixture.Exchange(HdlcVectors.Snrm);
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.UnnumberedAcknowledge, DefaultUaInfo), answer);
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Connected);
            Assert.AreEqual(16, fixture.Factory.LastClientSap);
            Assert.AreEqual(1, fixture.Factory.LastServerSap);
        }

        [TestMethod]
        public void UaIsTheGreenBookUaForAServerLimitedTo154Bytes()
        {
            // The client proposes 512 bytes both ways, window 1; the meter's limit is 154 (0x9A).
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.Limits.MaxInfoTransmit = 154;
            settings.Limits.MaxInfoReceive = 154;
            HdlcServerFixture fixture = new HdlcServerFixture(settings, 512);
            string snrm = HdlcServerFixture.Command(0x93, false, "818014" + "05020200" + "06020200" + "070400000001" + "080400000001");
            Assert.AreEqual(HdlcVectors.Ua.ToLower(), fixture.Exchange(snrm));
        }

        [TestMethod]
        public void NegotiationTakesTheSmallerOfProposalAndLimitEachWay()
        {
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.Limits.MaxInfoTransmit = 256;
            settings.Limits.MaxInfoReceive = 512;
            settings.Limits.WindowTransmit = 3;
            settings.Limits.WindowReceive = 2;
            HdlcServerFixture fixture = new HdlcServerFixture(settings, 1024);

            // Client: transmits 2030, receives 100, window transmit 7, receive 1.
            string answer = fixture.Exchange(HdlcServerFixture.Command(0x93, false, "81800d050207ee060164070107080101"));
            string ua = "818013" + "050164" + "06020200" + "070400000001" + "080400000002";
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.UnnumberedAcknowledge, ua), answer);
            Assert.AreEqual(100, fixture.Link.Negotiated.MaxInfoTransmit);
            Assert.AreEqual(512, fixture.Link.Negotiated.MaxInfoReceive);
            Assert.AreEqual(1, fixture.Link.Negotiated.WindowTransmit);
            Assert.AreEqual(2, fixture.Link.Negotiated.WindowReceive);
        }

        [TestMethod]
        public void GreenBookAarqFrameGetsTheGreenBookAareFrame()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Factory.Response = Hex.Parse(HdlcVectors.AareInfo.Substring(6));
            FakeApduSession session = fixture.Connect();
            Assert.AreEqual(HdlcVectors.AareFrame.ToLower(), fixture.Exchange(HdlcVectors.AarqFrame));
            Assert.AreEqual(HdlcVectors.Aarq.ToLower(), Hex.Format(session.LastRequest));
        }

        [TestMethod]
        public void SegmentOfALongResponseIsThePublishedSegmentedFrame()
        {
            // HdlcVectors.SegmentedFrame: server 1 (one-byte address) to client 16, N(S)=3 N(R)=4,
            // F and S set, a 117-byte information field from the middle of a long response.
            HdlcServerFixture fixture = new HdlcServerFixture();
            HdlcAddress server = HdlcAddress.OneByte(1);
            string vector = HdlcVectors.SegmentedFrame.ToLower();
            string vectorInfo = vector.Substring(16, vector.Length - 16 - 6);

            // The client receives at most 117 bytes (06 01 75).
            fixture.Exchange(HdlcServerFixture.Frame(server, HdlcServerFixture.Client, 0x93, false, "818003060175"));
            Assert.AreEqual(117, fixture.Link.Negotiated.MaxInfoTransmit);
            fixture.Exchange(HdlcServerFixture.Frame(server, HdlcServerFixture.Client, HdlcControl.Information(0, 0, true), false, "e6e600" + GetRequest));
            fixture.Exchange(HdlcServerFixture.Frame(server, HdlcServerFixture.Client, HdlcControl.Information(1, 1, true), false, "e6e600" + GetRequest));

            // A two-segment request N(S)=2, 3; its response starts at N(S)=2, the vector is its second segment.
            fixture.Factory.Last.Response = Hex.Parse(Pattern(114) + vectorInfo + Pattern(10));
            string rr = fixture.Exchange(HdlcServerFixture.Frame(server, HdlcServerFixture.Client, HdlcControl.Information(2, 2, true), true, "e6e600c0"));
            Assert.AreEqual(HdlcServerFixture.Frame(HdlcServerFixture.Client, server, HdlcControl.Supervisory(true, 3, true), false, string.Empty), rr);
            string first = fixture.Exchange(HdlcServerFixture.Frame(server, HdlcServerFixture.Client, HdlcControl.Information(3, 2, true), false, "01c100030100010800ff0200"));
            Assert.AreEqual(HdlcServerFixture.Frame(HdlcServerFixture.Client, server, HdlcControl.Information(2, 4, true), true, "e6e700" + Pattern(114)), first);
            string second = fixture.Exchange(HdlcServerFixture.Frame(server, HdlcServerFixture.Client, HdlcControl.Supervisory(true, 3, true), false, string.Empty));
            Assert.AreEqual(vector, second);
        }

        [TestMethod]
        public void FourByteServerAddressIsServedAndMirrored()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            string answer = fixture.Exchange(HdlcVectors.Snrm4ByteServer);
            string expected = HdlcServerFixture.Frame(
                HdlcAddress.OneByte(120),
                HdlcAddress.Server(1, 17, 4),
                HdlcControl.Unnumbered(HdlcControlKind.UnnumberedAcknowledge, true),
                false,
                DefaultUaInfo);
            Assert.AreEqual(expected, answer);
            Assert.AreEqual(120, fixture.Factory.LastClientSap);
        }

        [TestMethod]
        public void FramesForAnotherPhysicalDeviceOrBroadcastAreIgnored()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            byte snrm = HdlcControl.Unnumbered(HdlcControlKind.SetNormalResponseMode, true);
            string other = HdlcServerFixture.Frame(HdlcAddress.Server(1, 18, 2), HdlcServerFixture.Client, snrm, false, string.Empty);
            string broadcast = HdlcServerFixture.Frame(HdlcAddress.Server(0x7F, 17, 2), HdlcServerFixture.Client, snrm, false, string.Empty);
            Assert.AreEqual(string.Empty, fixture.Exchange(other));
            Assert.AreEqual(string.Empty, fixture.Exchange(broadcast));
            Assert.AreEqual(0, fixture.Factory.Opened);

            // Connected, a frame for another station is still not ours.
            fixture.Connect();
            string request = HdlcServerFixture.Frame(HdlcAddress.Server(1, 18, 2), HdlcServerFixture.Client, HdlcControl.Information(0, 0, true), false, "e6e600" + GetRequest);
            Assert.AreEqual(string.Empty, fixture.Exchange(request));
            Assert.AreEqual(0, fixture.Factory.Last.Requests);
        }

        [TestMethod]
        public void AnotherClientIsInDisconnectedModeWhileOneIsConnected()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            HdlcAddress other = HdlcAddress.OneByte(1);
            string request = HdlcServerFixture.Frame(HdlcServerFixture.Server, other, HdlcControl.Information(0, 0, true), false, "e6e600" + GetRequest);
            string dm = HdlcServerFixture.Frame(other, HdlcServerFixture.Server, HdlcControl.Unnumbered(HdlcControlKind.DisconnectedMode, true), false, string.Empty);
            Assert.AreEqual(dm, fixture.Exchange(request));
            Assert.AreEqual(0, session.Requests);
            Assert.IsFalse(session.Closed);
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
        }

        [TestMethod]
        public void DiscClosesTheSessionWithUaThenGetsDm()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            string disc = HdlcServerFixture.Command(HdlcControl.Unnumbered(HdlcControlKind.Disconnect, true), false, string.Empty);
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.UnnumberedAcknowledge, string.Empty), fixture.Exchange(disc));
            Assert.IsTrue(session.Closed);
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Disconnected);
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.DisconnectedMode, string.Empty), fixture.Exchange(disc));
        }

        [TestMethod]
        public void InformationWhileDisconnectedGetsDm()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            Assert.AreEqual(
                HdlcServerFixture.Unnumbered(HdlcControlKind.DisconnectedMode, string.Empty),
                fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
            Assert.AreEqual(0, fixture.Factory.Opened);
        }

        [TestMethod]
        public void RefusedClientGetsDm()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Factory.RefusedClient = 16;
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.DisconnectedMode, string.Empty), fixture.Exchange(HdlcVectors.Snrm));
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Disconnected);
        }

        [TestMethod]
        public void SnrmWithAnInvalidParameterFieldGetsDm()
        {
            // Maximum information field length 16: below the 32 bytes IEC 62056-46 allows.
            HdlcServerFixture fixture = new HdlcServerFixture();
            Assert.AreEqual(
                HdlcServerFixture.Unnumbered(HdlcControlKind.DisconnectedMode, string.Empty),
                fixture.Exchange(HdlcServerFixture.Command(0x93, false, "818003050110")));
            Assert.AreEqual(0, fixture.Factory.Opened);
        }

        [TestMethod]
        public void RequestIsEchoedWithTheResponseLlcHeader()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
            Assert.AreEqual(HdlcServerFixture.Answer(1, 2, GetRequest), fixture.Exchange(HdlcServerFixture.Request(1, 1, GetRequest)));
            Assert.AreEqual(2, session.Requests);
        }

        [TestMethod]
        public void FrameWithBadFcsIsIgnored()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            byte[] frame = Hex.Parse(HdlcServerFixture.Request(0, 0, GetRequest));
            frame[frame.Length - 3] ^= 0x01;
            Assert.AreEqual(string.Empty, fixture.Exchange(Hex.Format(frame)));
            Assert.AreEqual(0, session.Requests);
            Assert.AreEqual(1, fixture.Link.DroppedFrames);
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
        }

        [TestMethod]
        public void WrongSendSequenceIsDiscardedAndRrNamesTheExpectedFrame()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            Assert.AreEqual(HdlcServerFixture.ReceiveReady(0), fixture.Exchange(HdlcServerFixture.Request(1, 0, GetRequest)));
            Assert.AreEqual(0, session.Requests);
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
        }

        [TestMethod]
        public void RepeatedRequestGetsTheLostAnswerAgainWithoutReprocessing()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            string request = HdlcServerFixture.Request(0, 0, GetRequest);
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(request));
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(request));
            Assert.AreEqual(1, session.Requests);
        }

        [TestMethod]
        public void InvalidControlFieldGetsFrmrWithW()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession first = fixture.Connect();

            // 0x19: REJ with P, which 62056-46 does not use.
            string frmr = HdlcServerFixture.Unnumbered(HdlcControlKind.FrameReject, "190001");
            Assert.AreEqual(frmr, fixture.Exchange(HdlcServerFixture.Command(0x19, false, string.Empty)));
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.FrameRejected);

            // Until SNRM or DISC, every poll gets the FRMR again; SNRM starts over.
            Assert.AreEqual(frmr, fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
            Assert.AreEqual(0, first.Requests);
            fixture.Connect();
            Assert.IsTrue(first.Closed);
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
        }

        [TestMethod]
        public void InvalidReceiveSequenceGetsFrmrWithZ()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Connect();
            Assert.AreEqual(
                HdlcServerFixture.Unnumbered(HdlcControlKind.FrameReject, "700008"),
                fixture.Exchange(HdlcServerFixture.Request(0, 3, GetRequest)));
        }

        [TestMethod]
        public void InformationFieldAboveTheNegotiatedLengthGetsFrmrWithY()
        {
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.Limits.MaxInfoReceive = 256;
            HdlcServerFixture fixture = new HdlcServerFixture(settings, 512);

            // The client transmits at most 64 bytes, then sends 100.
            fixture.Exchange(HdlcServerFixture.Command(0x93, false, "818003050140"));
            Assert.AreEqual(64, fixture.Link.Negotiated.MaxInfoReceive);
            string frmr = HdlcServerFixture.Unnumbered(HdlcControlKind.FrameReject, "100004");
            Assert.AreEqual(frmr, fixture.Exchange(HdlcServerFixture.Request(0, 0, Pattern(97))));
        }

        [TestMethod]
        public void DiscWithInformationGetsFrmrWithWAndX()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Connect();
            Assert.AreEqual(
                HdlcServerFixture.Unnumbered(HdlcControlKind.FrameReject, "530003"),
                fixture.Exchange(HdlcServerFixture.Command(0x53, false, "00")));
        }

        [TestMethod]
        public void ApduLongerThanTheSessionAcceptsGetsFrmrWithY()
        {
            HdlcServerFixture fixture = new HdlcServerFixture(new HdlcServerSettings(), 100);
            FakeApduSession session = fixture.Connect();
            string first = HdlcServerFixture.Command(HdlcControl.Information(0, 0, true), true, "e6e600" + Pattern(125));
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.FrameReject, "100004"), fixture.Exchange(first));
            Assert.AreEqual(0, session.Requests);
        }

        [TestMethod]
        public void SegmentedRequestAndResponseUseRrToPollEachSegment()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            string apdu = Pattern(200);
            string request = "e6e600" + apdu;

            // 128-byte segments: the meter acknowledges the first with RR and waits for the next.
            string first = HdlcServerFixture.Command(HdlcControl.Information(0, 0, true), true, request.Substring(0, 256));
            Assert.AreEqual(HdlcServerFixture.ReceiveReady(1), fixture.Exchange(first));
            string last = HdlcServerFixture.Command(HdlcControl.Information(1, 0, true), false, request.Substring(256));
            string response = "e6e700" + apdu;
            string answerFirst = HdlcServerFixture.Response(HdlcControl.Information(0, 2, true), true, response.Substring(0, 256));
            Assert.AreEqual(answerFirst, fixture.Exchange(last));
            Assert.AreEqual(apdu, Hex.Format(session.LastRequest));

            string poll = HdlcServerFixture.Command(HdlcControl.Supervisory(true, 1, true), false, string.Empty);
            string answerLast = HdlcServerFixture.Response(HdlcControl.Information(1, 2, true), false, response.Substring(256));
            Assert.AreEqual(answerLast, fixture.Exchange(poll));

            // Nothing left: a further poll gets RR.
            Assert.AreEqual(HdlcServerFixture.ReceiveReady(2), fixture.Exchange(HdlcServerFixture.Command(HdlcControl.Supervisory(true, 2, true), false, string.Empty)));
        }

        [TestMethod]
        public void ResponseWindowOfTwoIsSentAndALostFrameIsSentAgain()
        {
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.Limits.WindowTransmit = 3;
            HdlcServerFixture fixture = new HdlcServerFixture(settings, 512);

            // Client proposes window receive 2.
            fixture.Exchange(HdlcServerFixture.Command(0x93, false, "818003080102"));
            Assert.AreEqual(2, fixture.Link.Negotiated.WindowTransmit);
            fixture.Factory.Last.Response = Hex.Parse(Pattern(300));
            string response = "e6e700" + Pattern(300);
            string s0 = HdlcServerFixture.Response(HdlcControl.Information(0, 1, false), true, response.Substring(0, 256));
            string s1 = HdlcServerFixture.Response(HdlcControl.Information(1, 1, true), true, response.Substring(256, 256));
            string s2 = HdlcServerFixture.Response(HdlcControl.Information(2, 1, true), false, response.Substring(512));
            Assert.AreEqual(s0 + s1, fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));

            // The client only got frame 0: RR N(R)=1 makes the meter go back to frame 1.
            string s1InWindow = HdlcServerFixture.Response(HdlcControl.Information(1, 1, false), true, response.Substring(256, 256));
            string poll1 = HdlcServerFixture.Command(HdlcControl.Supervisory(true, 1, true), false, string.Empty);
            Assert.AreEqual(s1InWindow + s2, fixture.Exchange(poll1));
            string poll3 = HdlcServerFixture.Command(HdlcControl.Supervisory(true, 3, true), false, string.Empty);
            Assert.AreEqual(HdlcServerFixture.ReceiveReady(1), fixture.Exchange(poll3));
        }

        [TestMethod]
        public void ReceiveNotReadyFromTheClientHoldsTheResponse()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Connect();
            fixture.Factory.Last.Response = Hex.Parse(Pattern(200));
            string first = fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest));
            Assert.IsTrue(first.Length > 0);
            string rnr = HdlcServerFixture.Command(HdlcControl.Supervisory(false, 1, true), false, string.Empty);
            Assert.AreEqual(HdlcServerFixture.ReceiveReady(1), fixture.Exchange(rnr));
            string rr = HdlcServerFixture.Command(HdlcControl.Supervisory(true, 1, true), false, string.Empty);
            string response = "e6e700" + Pattern(200);
            Assert.AreEqual(HdlcServerFixture.Response(HdlcControl.Information(1, 1, true), false, response.Substring(256)), fixture.Exchange(rr));
        }

        [TestMethod]
        public void UiFramesAreIgnored()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            byte ui = HdlcControl.Unnumbered(HdlcControlKind.UnnumberedInformation, true);
            Assert.AreEqual(string.Empty, fixture.Exchange(HdlcServerFixture.Command(ui, false, "e6e600" + GetRequest)));
            Assert.AreEqual(0, session.Requests);
        }

        [TestMethod]
        public void GarbageBetweenFramesIsSkipped()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            string stream = "00ff7e1234" + HdlcVectors.Snrm + "55aa7e7e" + HdlcServerFixture.Request(0, 0, GetRequest) + "31";
            string expected = HdlcServerFixture.Unnumbered(HdlcControlKind.UnnumberedAcknowledge, DefaultUaInfo) + HdlcServerFixture.Answer(0, 1, GetRequest);
            Assert.AreEqual(expected, fixture.Exchange(stream));
        }

        [TestMethod]
        public void NewSnrmWhileConnectedClosesTheOldSession()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession first = fixture.Connect();
            fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest));
            FakeApduSession second = fixture.Connect();
            Assert.AreNotSame(first, second);
            Assert.IsTrue(first.Closed);
            Assert.IsFalse(second.Closed);

            // Sequence numbers start again at 0.
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest)));
        }

        [TestMethod]
        public void InactivityReturnsToNdmAndClosesTheSession()
        {
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.InactivityTimeoutMilliseconds = 1000;
            HdlcServerFixture fixture = new HdlcServerFixture(settings, 512);
            FakeApduSession session = fixture.Connect();

            // Traffic keeps the link up.
            fixture.Line.Clock.Advance(600);
            fixture.Exchange(HdlcServerFixture.Request(0, 0, GetRequest));
            fixture.Line.Clock.Advance(999);
            fixture.Settle();
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Connected);

            fixture.Line.Clock.Advance(1);
            fixture.Settle();
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Disconnected);
            Assert.IsTrue(session.Closed);
            Assert.AreEqual(HdlcServerFixture.Unnumbered(HdlcControlKind.DisconnectedMode, string.Empty), fixture.Exchange(HdlcServerFixture.Request(1, 1, GetRequest)));
        }

        [TestMethod]
        public void PartialFrameIsDroppedAfterTheInterOctetTimeout()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            fixture.Connect();
            string request = HdlcServerFixture.Request(0, 0, GetRequest);
            fixture.Exchange(request.Substring(0, 20));
            fixture.Line.Clock.Advance(HdlcServerSettings.DefaultInterOctetTimeoutMilliseconds);
            fixture.Settle();
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, GetRequest), fixture.Exchange(request));
        }

        [TestMethod]
        public void StopClosesTheSession()
        {
            HdlcServerFixture fixture = new HdlcServerFixture();
            FakeApduSession session = fixture.Connect();
            fixture.Link.Stop();
            Assert.IsTrue(session.Closed);
            Assert.IsTrue(fixture.Link.State == HdlcLinkState.Disconnected);
        }

        /// <summary><paramref name="count"/> bytes 00 01 02 ... as hex.</summary>
        internal static string Pattern(int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)(i * 7 + 3);
            }

            return Hex.Format(bytes);
        }
    }
}
