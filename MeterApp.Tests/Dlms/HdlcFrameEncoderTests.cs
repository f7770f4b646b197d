using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class HdlcFrameEncoderTests
    {
        [TestMethod]
        public void EncodesGreenBookSnrm()
        {
            byte[] buffer = new byte[16];
            int written = HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.Server(1, 17, 2), HdlcAddress.OneByte(16),
                HdlcControl.Unnumbered(HdlcControlKind.SetNormalResponseMode, true), false, null, 0, 0);
            Assert.AreEqual(10, written);
            Assert.AreEqual(HdlcVectors.Snrm.ToLower(), Hex.Format(Slice(buffer, 0, written)));
        }

        [TestMethod]
        public void EncodesAarqFrameFromControlHelpers()
        {
            byte[] info = Hex.Parse(HdlcVectors.AarqInfo);
            byte[] buffer = new byte[64];
            int written = HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.Server(1, 17, 2), HdlcAddress.OneByte(16),
                HdlcControl.Information(0, 0, true), false, info, 0, info.Length);
            Assert.AreEqual(HdlcVectors.AarqFrame.ToLower(), Hex.Format(Slice(buffer, 0, written)));
        }

        [TestMethod]
        public void EncodesInformationBuiltInPlace()
        {
            HdlcAddress server = HdlcAddress.Server(1, 17, 2);
            HdlcAddress client = HdlcAddress.OneByte(16);
            byte[] buffer = new byte[64];
            int infoAt = HdlcFrameEncoder.InfoOffset(client, server);
            int llc = LlcHeader.WriteResponse(buffer, infoAt, buffer.Length - infoAt);
            byte[] aare = Hex.Parse(HdlcVectors.AareInfo);
            System.Array.Copy(aare, 3, buffer, infoAt + llc, aare.Length - 3);
            int written = HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, client, server, HdlcControl.Information(0, 1, true), false,
                buffer, infoAt, aare.Length);
            Assert.AreEqual(HdlcVectors.AareFrame.ToLower(), Hex.Format(Slice(buffer, 0, written)));
        }

        [TestMethod]
        public void SegmentedFrameSetsTheSBitAndDecodesBack()
        {
            byte[] info = Hex.Repeat(0x5A, 200);
            byte[] buffer = new byte[256];
            int written = HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.OneByte(16), HdlcAddress.Server(0x1234, 0x0ABC, 4),
                HdlcControl.Information(5, 2, false), true, info, 0, info.Length);
            Assert.AreEqual(HdlcFrameEncoder.FrameSize(HdlcAddress.OneByte(16), HdlcAddress.Server(0x1234, 0x0ABC, 4), 200), written);
            Assert.AreEqual((byte)0xA8, buffer[1]);

            HdlcFrame frame = new HdlcFrame();
            Assert.IsTrue(HdlcFrameDecoder.Decode(buffer, 0, written, frame) == HdlcDecodeResult.Ok);
            Assert.IsTrue(frame.Segmented);
            Assert.IsFalse(frame.PollFinal);
            Assert.AreEqual(5, frame.SendSequence);
            Assert.AreEqual(2, frame.ReceiveSequence);
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.Server(0x1234, 0x0ABC, 4)));
            Assert.AreEqual(200, frame.InfoLength);
        }

        [TestMethod]
        public void LongestFrameUsesAllElevenLengthBits()
        {
            HdlcAddress client = HdlcAddress.OneByte(1);
            HdlcAddress server = HdlcAddress.Server(1, 1, 4);
            int maxInfo = HdlcFrameDecoder.MaxLength + 2 - HdlcFrameEncoder.FrameSize(client, server, 1) + 1;
            byte[] info = new byte[maxInfo + 1];
            byte[] buffer = new byte[HdlcFrameDecoder.MaxLength + 8];
            int written = HdlcFrameEncoder.Encode(buffer, 0, buffer.Length, client, server, HdlcControl.Information(0, 0, true), false, info, 0, maxInfo);
            Assert.AreEqual(HdlcFrameDecoder.MaxLength + 2, written);
            Assert.AreEqual((byte)0xA7, buffer[1]);
            Assert.AreEqual((byte)0xFF, buffer[2]);
            Assert.IsTrue(HdlcFrameDecoder.Decode(buffer, 0, written, new HdlcFrame()) == HdlcDecodeResult.Ok);
            Assert.AreEqual(0, HdlcFrameEncoder.Encode(buffer, 0, buffer.Length, client, server, HdlcControl.Information(0, 0, true), false, info, 0, maxInfo + 1));
        }

        [TestMethod]
        public void FrameThatDoesNotFitWritesNothing()
        {
            byte[] buffer = new byte[9];
            int written = HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.Server(1, 17, 2), HdlcAddress.OneByte(16),
                HdlcControl.Unnumbered(HdlcControlKind.Disconnect, true), false, null, 0, 0);
            Assert.AreEqual(0, written);
            Assert.AreEqual((byte)0, buffer[0]);
        }

        [TestMethod]
        public void InvalidAddressWritesNothing()
        {
            byte[] buffer = new byte[16];
            Assert.AreEqual(0, HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.Server(1, 17, 3), HdlcAddress.OneByte(16),
                HdlcControl.Unnumbered(HdlcControlKind.Disconnect, true), false, null, 0, 0));
            Assert.AreEqual(0, HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.Server(1, 17, 2), HdlcAddress.OneByte(200),
                HdlcControl.Unnumbered(HdlcControlKind.Disconnect, true), false, null, 0, 0));
        }

        [TestMethod]
        [DataRow(1, true)]
        [DataRow(2, false)]
        [DataRow(3, true)]
        [DataRow(4, false)]
        [DataRow(5, true)]
        [DataRow(6, false)]
        [DataRow(7, true)]
        [DataRow(8, false)]
        public void EveryFrameTypeRoundTrips(int kindValue, bool pollFinal)
        {
            HdlcControlKind kind = (HdlcControlKind)(kindValue + 1); // 3..8: SNRM, DISC, UA, DM, FRMR, UI
            byte control = HdlcControl.Unnumbered(kind, pollFinal);
            if (kindValue <= 2)
            {
                kind = kindValue == 1 ? HdlcControlKind.ReceiveReady : HdlcControlKind.ReceiveNotReady;
                control = HdlcControl.Supervisory(kindValue == 1, 6, pollFinal);
            }

            byte[] buffer = new byte[16];
            int written = HdlcFrameEncoder.Encode(
                buffer, 0, buffer.Length, HdlcAddress.OneByte(16), HdlcAddress.Server(1, 17, 2), control, false, null, 0, 0);
            HdlcFrame frame = new HdlcFrame();
            Assert.IsTrue(HdlcFrameDecoder.Decode(buffer, 0, written, frame) == HdlcDecodeResult.Ok);
            Assert.IsTrue(frame.Kind == kind, "kind " + (int)frame.Kind);
            Assert.AreEqual(pollFinal, frame.PollFinal);
            if (kindValue <= 2)
            {
                Assert.AreEqual(6, frame.ReceiveSequence);
            }
        }

        [TestMethod]
        public void ControlBytesMatchIec6205646()
        {
            Assert.AreEqual((byte)0x93, HdlcControl.Unnumbered(HdlcControlKind.SetNormalResponseMode, true));
            Assert.AreEqual((byte)0x53, HdlcControl.Unnumbered(HdlcControlKind.Disconnect, true));
            Assert.AreEqual((byte)0x73, HdlcControl.Unnumbered(HdlcControlKind.UnnumberedAcknowledge, true));
            Assert.AreEqual((byte)0x1F, HdlcControl.Unnumbered(HdlcControlKind.DisconnectedMode, true));
            Assert.AreEqual((byte)0x97, HdlcControl.Unnumbered(HdlcControlKind.FrameReject, true));
            Assert.AreEqual((byte)0x13, HdlcControl.Unnumbered(HdlcControlKind.UnnumberedInformation, true));
            Assert.AreEqual((byte)0x03, HdlcControl.Unnumbered(HdlcControlKind.UnnumberedInformation, false));
            Assert.AreEqual((byte)0x31, HdlcControl.Supervisory(true, 1, true));
            Assert.AreEqual((byte)0xF5, HdlcControl.Supervisory(false, 7, true));
            Assert.AreEqual((byte)0x30, HdlcControl.Information(0, 1, true));
            Assert.AreEqual((byte)0xFE, HdlcControl.Information(7, 7, true));
            Assert.AreEqual((byte)0, HdlcControl.Unnumbered(HdlcControlKind.Information, true));
        }

        private static byte[] Slice(byte[] buffer, int offset, int count)
        {
            byte[] slice = new byte[count];
            System.Array.Copy(buffer, offset, slice, 0, count);
            return slice;
        }
    }
}
