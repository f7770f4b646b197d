using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class HdlcFrameDecoderTests
    {
        [TestMethod]
        public void DecodesGreenBookSnrm()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.Snrm);
            HdlcFrame frame = DecodeOk(bytes);
            Assert.IsTrue(frame.Destination.SameAs(HdlcAddress.Server(1, 17, 2)));
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.OneByte(16)));
            Assert.IsTrue(frame.Kind == HdlcControlKind.SetNormalResponseMode);
            Assert.IsTrue(frame.PollFinal);
            Assert.IsFalse(frame.Segmented);
            Assert.AreEqual(0, frame.InfoLength);
            Assert.AreEqual(10, frame.FrameSize);
            AssertReencodes(bytes, frame);
        }

        [TestMethod]
        public void DecodesGreenBookUaWithParameters()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.Ua);
            HdlcFrame frame = DecodeOk(bytes);
            Assert.IsTrue(frame.Destination.SameAs(HdlcAddress.OneByte(16)));
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.Server(1, 17, 2)));
            Assert.IsTrue(frame.Kind == HdlcControlKind.UnnumberedAcknowledge);
            Assert.IsTrue(frame.PollFinal);
            Assert.AreEqual(HdlcVectors.UaInfo.ToLower(), Info(bytes, frame));
            AssertReencodes(bytes, frame);
        }

        [TestMethod]
        public void DecodesAarqInformationFrame()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.AarqFrame);
            HdlcFrame frame = DecodeOk(bytes);
            Assert.IsTrue(frame.Kind == HdlcControlKind.Information);
            Assert.AreEqual(0, frame.SendSequence);
            Assert.AreEqual(0, frame.ReceiveSequence);
            Assert.IsTrue(frame.PollFinal);
            Assert.IsTrue(frame.Destination.SameAs(HdlcAddress.Server(1, 17, 2)));
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.OneByte(16)));
            Assert.AreEqual(HdlcVectors.AarqInfo.ToLower(), Info(bytes, frame));
            Assert.IsTrue(LlcHeader.IsCommand(bytes, frame.InfoOffset, frame.InfoLength));
            AssertReencodes(bytes, frame);
        }

        [TestMethod]
        public void DecodesAareInformationFrame()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.AareFrame);
            HdlcFrame frame = DecodeOk(bytes);
            Assert.IsTrue(frame.Kind == HdlcControlKind.Information);
            Assert.AreEqual(0, frame.SendSequence);
            Assert.AreEqual(1, frame.ReceiveSequence);
            Assert.IsTrue(frame.PollFinal);
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.Server(1, 17, 2)));
            Assert.AreEqual(HdlcVectors.AareInfo.ToLower(), Info(bytes, frame));
            Assert.IsTrue(LlcHeader.IsResponse(bytes, frame.InfoOffset, frame.InfoLength));
            AssertReencodes(bytes, frame);
        }

        [TestMethod]
        public void DecodesFourByteServerAddress()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.Snrm4ByteServer);
            HdlcFrame frame = DecodeOk(bytes);
            Assert.IsTrue(frame.Destination.SameAs(HdlcAddress.Server(1, 17, 4)));
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.OneByte(120)));
            Assert.IsTrue(frame.Kind == HdlcControlKind.SetNormalResponseMode);
            AssertReencodes(bytes, frame);
        }

        [TestMethod]
        public void DecodesSegmentedFrameFromOneByteServerAddress()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.SegmentedFrame);
            HdlcFrame frame = DecodeOk(bytes);
            Assert.IsTrue(frame.Segmented);
            Assert.IsTrue(frame.Destination.SameAs(HdlcAddress.OneByte(16)));
            Assert.IsTrue(frame.Source.SameAs(HdlcAddress.OneByte(1)));
            Assert.IsTrue(frame.Kind == HdlcControlKind.Information);
            Assert.AreEqual(3, frame.SendSequence);
            Assert.AreEqual(4, frame.ReceiveSequence);
            Assert.AreEqual(128, frame.FrameSize);
            Assert.AreEqual(8, frame.InfoOffset);
            Assert.AreEqual(128 - 8 - 3, frame.InfoLength);
            AssertReencodes(bytes, frame);
        }

        [TestMethod]
        public void DecodesAtOffsetWithTrailingBytes()
        {
            byte[] bytes = Hex.Parse("5555" + HdlcVectors.Ua + "7EA0");
            HdlcFrame frame = new HdlcFrame();
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 2, bytes.Length - 2, frame) == HdlcDecodeResult.Ok);
            Assert.AreEqual(33, frame.FrameSize);
            Assert.AreEqual(11, frame.InfoOffset);
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            string[] vectors = AllFrames();
            HdlcFrame frame = new HdlcFrame();
            for (int v = 0; v < vectors.Length; v++)
            {
                byte[] bytes = Hex.Parse(vectors[v]);
                for (int count = 0; count < bytes.Length; count++)
                {
                    HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes, 0, count, frame);
                    Assert.IsTrue(result == HdlcDecodeResult.Truncated, "vector " + v + " prefix " + count);
                }
            }
        }

        [TestMethod]
        public void EverySingleBitFlipIsDetected()
        {
            string[] vectors = AllFrames();
            HdlcFrame frame = new HdlcFrame();
            for (int v = 0; v < vectors.Length; v++)
            {
                byte[] bytes = Hex.Parse(vectors[v]);
                for (int bit = 0; bit < bytes.Length * 8; bit++)
                {
                    bytes[bit >> 3] ^= (byte)(1 << (bit & 7));
                    HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, frame);
                    bytes[bit >> 3] ^= (byte)(1 << (bit & 7));
                    Assert.IsFalse(result == HdlcDecodeResult.Ok, "vector " + v + " bit " + bit);
                }
            }
        }

        [TestMethod]
        public void FlipInHeaderIsBadHcsAndFlipInInformationIsBadFcs()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.AarqFrame);
            HdlcFrame frame = new HdlcFrame();
            bytes[6] ^= 0x20; // control byte
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, frame) == HdlcDecodeResult.BadHcs);
            bytes[6] ^= 0x20;
            bytes[20] ^= 0x01;
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, frame) == HdlcDecodeResult.BadFcs);
        }

        [TestMethod]
        public void FlipInFrameWithoutInformationIsBadFcs()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.Snrm);
            bytes[5] ^= 0x40;
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadFcs);
        }

        [TestMethod]
        public void WrongFlagsAreBadFlag()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.Snrm);
            bytes[0] = 0x7F;
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadFlag);
            bytes[0] = 0x7E;
            bytes[bytes.Length - 1] = 0x00;
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadFlag);
        }

        [TestMethod]
        public void FormatTypeOtherThan3IsBadFormat()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.Snrm);
            bytes[1] = 0x90;
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadFormat);
        }

        [TestMethod]
        public void LengthBelowMinimumIsBadLength()
        {
            byte[] bytes = Hex.Parse("7EA006022193BD7E");
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadLength);
        }

        [TestMethod]
        public void HcsWithoutInformationIsBadLength()
        {
            // Length 10: header (6) + 2 bytes that can only be an HCS + FCS: an empty information field.
            byte[] bytes = Hex.Parse("7EA00A0223219300000000" + "7E");
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadLength);
        }

        [TestMethod]
        public void ThreeByteDestinationIsBadAddress()
        {
            byte[] bytes = WithCrcs("7EA009" + "020223" + "21" + "93" + "0000" + "7E");
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadAddress);
        }

        [TestMethod]
        public void AddressWithoutEndIsBadAddress()
        {
            // No byte with the extension bit before the control byte would have to be.
            byte[] bytes = WithCrcs("7EA007" + "0202" + "93" + "0000" + "7E");
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadAddress);
        }

        [TestMethod]
        public void UnusedControlIsBadControl()
        {
            // REJ (0x09) is valid HDLC but not used by IEC 62056-46.
            byte[] bytes = WithCrcs("7EA008" + "0223" + "21" + "19" + "0000" + "7E");
            Assert.IsTrue(HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, new HdlcFrame()) == HdlcDecodeResult.BadControl);
        }

        [TestMethod]
        public void ArbitraryBytesAfterAFrameHeaderNeverThrow()
        {
            // Deterministic LCG: random lengths, addresses and bodies behind a plausible flag and format.
            byte[] bytes = new byte[64];
            HdlcFrame frame = new HdlcFrame();
            uint state = 12345;
            for (int round = 0; round < 5000; round++)
            {
                for (int i = 0; i < bytes.Length; i++)
                {
                    state = (state * 1103515245u) + 12345u;
                    bytes[i] = (byte)(state >> 16);
                }

                bytes[0] = 0x7E;
                bytes[1] = (byte)(0xA0 | (bytes[1] & 0x08));
                int count = 3 + (bytes[2] % 61);
                HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes, 0, count, frame);
                Assert.IsFalse(result == HdlcDecodeResult.Ok && frame.InfoOffset + frame.InfoLength > count, "round " + round);
            }
        }

        private static string[] AllFrames()
        {
            return new string[]
            {
                HdlcVectors.Snrm, HdlcVectors.Ua, HdlcVectors.AarqFrame, HdlcVectors.AareFrame,
                HdlcVectors.Snrm4ByteServer, HdlcVectors.SegmentedFrame,
            };
        }

        private static HdlcFrame DecodeOk(byte[] bytes)
        {
            HdlcFrame frame = new HdlcFrame();
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes, 0, bytes.Length, frame);
            Assert.IsTrue(result == HdlcDecodeResult.Ok, "decode result " + (int)result);
            Assert.AreEqual(bytes.Length, frame.FrameSize);
            return frame;
        }

        private static string Info(byte[] bytes, HdlcFrame frame)
        {
            byte[] info = new byte[frame.InfoLength];
            System.Array.Copy(bytes, frame.InfoOffset, info, 0, info.Length);
            return Hex.Format(info);
        }

        private static void AssertReencodes(byte[] expected, HdlcFrame frame)
        {
            byte[] output = new byte[expected.Length + 4];
            int written = HdlcFrameEncoder.Encode(
                output, 2, output.Length - 2, frame.Destination, frame.Source, frame.Control, frame.Segmented,
                expected, frame.InfoOffset, frame.InfoLength);
            Assert.AreEqual(expected.Length, written);
            byte[] frameBytes = new byte[written];
            System.Array.Copy(output, 2, frameBytes, 0, written);
            Assert.AreEqual(Hex.Format(expected), Hex.Format(frameBytes));
        }

        /// <summary>Fills in the FCS (and HCS when there is information) of a hand-built frame.</summary>
        private static byte[] WithCrcs(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            HdlcCrc.Append(bytes, 1, bytes.Length - 4);
            return bytes;
        }
    }
}
