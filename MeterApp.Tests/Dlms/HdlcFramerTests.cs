using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class HdlcFramerTests
    {
        [TestMethod]
        public void FrameSplitAcrossEveryReadSizeIsFound()
        {
            byte[] stream = Hex.Parse(HdlcVectors.AarqFrame);
            for (int chunk = 1; chunk <= stream.Length; chunk++)
            {
                HdlcFramer framer = new HdlcFramer(64);
                string found = Feed(framer, stream, chunk);
                Assert.AreEqual("F:" + HdlcVectors.AarqFrame.ToLower() + ";", found, "chunk " + chunk);
            }
        }

        [TestMethod]
        public void FramesSharingAFlagAreBothFound()
        {
            // The UA's closing flag opens the AARE frame.
            string shared = HdlcVectors.Ua + HdlcVectors.AareFrame.Substring(2);
            HdlcFramer framer = new HdlcFramer(128);
            string found = Feed(framer, Hex.Parse(shared), 1000);
            Assert.AreEqual("F:" + HdlcVectors.Ua.ToLower() + ";F:" + HdlcVectors.AareFrame.ToLower() + ";", found);
            Assert.AreEqual(0, framer.DiscardedBytes);
        }

        [TestMethod]
        public void FramesBackToBackWithOwnFlagsAreBothFoundInEveryChunking()
        {
            string both = HdlcVectors.Snrm + HdlcVectors.Ua;
            string expected = "F:" + HdlcVectors.Snrm.ToLower() + ";F:" + HdlcVectors.Ua.ToLower() + ";";
            for (int chunk = 1; chunk <= 43; chunk++)
            {
                Assert.AreEqual(expected, Feed(new HdlcFramer(64), Hex.Parse(both), chunk), "chunk " + chunk);
            }
        }

        [TestMethod]
        public void GarbageBeforeAndBetweenFramesIsSkipped()
        {
            string stream = "0011223344A0" + HdlcVectors.Snrm + "55AA" + "7E7E7E" + HdlcVectors.Snrm4ByteServer.Substring(2);
            HdlcFramer framer = new HdlcFramer(64);
            string found = Feed(framer, Hex.Parse(stream), 3);
            Assert.AreEqual("F:" + HdlcVectors.Snrm.ToLower() + ";F:" + HdlcVectors.Snrm4ByteServer.ToLower() + ";", found);
            Assert.AreEqual(8, framer.DiscardedBytes);
        }

        [TestMethod]
        public void FrameWithFlagValueInsideIsDelimitedByItsLength()
        {
            // Its length byte is 0x7E and its payload holds no flags to rely on: only the length counts.
            HdlcFramer framer = new HdlcFramer(200);
            string found = Feed(framer, Hex.Parse(HdlcVectors.SegmentedFrame + HdlcVectors.Snrm), 7);
            Assert.AreEqual("F:" + HdlcVectors.SegmentedFrame.ToLower() + ";F:" + HdlcVectors.Snrm.ToLower() + ";", found);
        }

        [TestMethod]
        public void OversizeFrameIsDiscardedAndTheNextOneFound()
        {
            HdlcFramer framer = new HdlcFramer(64);
            string found = Feed(framer, Hex.Parse(HdlcVectors.SegmentedFrame + HdlcVectors.Snrm), 5);
            Assert.AreEqual("O;F:" + HdlcVectors.Snrm.ToLower() + ";", found);
            Assert.AreEqual(1, framer.OversizeFrames);
            Assert.AreEqual(126, framer.DiscardedBytes);
        }

        [TestMethod]
        public void FrameWithoutClosingFlagIsDroppedAndTheNextOneFound()
        {
            string broken = HdlcVectors.Snrm.Substring(0, 18) + "00";
            HdlcFramer framer = new HdlcFramer(64);
            string found = Feed(framer, Hex.Parse(broken + HdlcVectors.Snrm), 4);
            Assert.AreEqual("F:" + HdlcVectors.Snrm.ToLower() + ";", found);
        }

        [TestMethod]
        public void ResetDropsAPartialFrame()
        {
            HdlcFramer framer = new HdlcFramer(64);
            byte[] snrm = Hex.Parse(HdlcVectors.Snrm);
            int consumed;
            Assert.IsTrue(framer.Push(snrm, 0, 5, out consumed) == HdlcFramerResult.NeedMore);
            framer.Reset();
            Assert.AreEqual("F:" + HdlcVectors.Snrm.ToLower() + ";", Feed(framer, snrm, 10));
        }

        [TestMethod]
        public void CapacityOutsideFrameLimitsIsRejected()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new HdlcFramer(8));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new HdlcFramer(2050));
        }

        /// <summary>Feeds the stream in chunks and lists what the framer reported: F:frame; or O;.</summary>
        private static string Feed(HdlcFramer framer, byte[] stream, int chunk)
        {
            string found = string.Empty;
            for (int start = 0; start < stream.Length; start += chunk)
            {
                int count = stream.Length - start < chunk ? stream.Length - start : chunk;
                int offset = start;
                while (count > 0)
                {
                    int consumed;
                    HdlcFramerResult result = framer.Push(stream, offset, count, out consumed);
                    offset += consumed;
                    count -= consumed;
                    if (result == HdlcFramerResult.Frame)
                    {
                        byte[] frame = new byte[framer.FrameLength];
                        System.Array.Copy(framer.Buffer, 0, frame, 0, frame.Length);
                        found += "F:" + Hex.Format(frame) + ";";
                    }
                    else if (result == HdlcFramerResult.Oversize)
                    {
                        found += "O;";
                    }
                }
            }

            return found;
        }
    }
}
