using Meter.Dlms.Wrapper;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class WrapperFramerTests
    {
        private const string AarqPdu = HdlcVectors.WrapperHeader + HdlcVectors.Aarq;

        [TestMethod]
        public void PduSplitAcrossEveryReadSizeIsAssembled()
        {
            byte[] stream = Hex.Parse(AarqPdu);
            for (int chunk = 1; chunk <= stream.Length; chunk++)
            {
                WrapperFramer framer = new WrapperFramer(64);
                Assert.AreEqual("P:16>1:" + HdlcVectors.Aarq.ToLower() + ";", Feed(framer, stream, chunk), "chunk " + chunk);
            }
        }

        [TestMethod]
        public void SeveralPdusInOneReadAreAllFound()
        {
            string second = "00010001001000054B3536695F";
            byte[] stream = Hex.Parse(AarqPdu + second + AarqPdu);
            WrapperFramer framer = new WrapperFramer(64);
            string expected = "P:16>1:" + HdlcVectors.Aarq.ToLower() + ";P:1>16:4b3536695f;P:16>1:" + HdlcVectors.Aarq.ToLower() + ";";
            Assert.AreEqual(expected, Feed(framer, stream, stream.Length));
            Assert.AreEqual(expected, Feed(new WrapperFramer(64), stream, 11));
        }

        [TestMethod]
        public void PduOfExactlyTheMaximumIsAccepted()
        {
            byte[] stream = Hex.Parse(AarqPdu);
            WrapperFramer framer = new WrapperFramer(31);
            Assert.AreEqual("P:16>1:" + HdlcVectors.Aarq.ToLower() + ";", Feed(framer, stream, 4));
        }

        [TestMethod]
        public void OversizePduStopsTheStreamUntilReset()
        {
            byte[] stream = Hex.Parse(AarqPdu);
            WrapperFramer framer = new WrapperFramer(30);
            int consumed;
            Assert.IsTrue(framer.Push(stream, 0, stream.Length, out consumed) == WrapperResult.Oversize);
            Assert.AreEqual(8, consumed);
            Assert.AreEqual(31, framer.Header.Length);
            Assert.IsTrue(framer.Push(stream, 8, stream.Length - 8, out consumed) == WrapperResult.Oversize);
            Assert.AreEqual(0, consumed);

            framer.Reset();
            Assert.IsTrue(framer.Push(stream, 0, 5, out consumed) == WrapperResult.Truncated);
            Assert.AreEqual(5, consumed);
        }

        [TestMethod]
        public void WrongVersionIsReportedAfterTwoBytes()
        {
            byte[] stream = Hex.Parse("7EA00802232193BD647E");
            WrapperFramer framer = new WrapperFramer(64);
            int consumed;
            Assert.IsTrue(framer.Push(stream, 0, 1, out consumed) == WrapperResult.Truncated);
            Assert.IsTrue(framer.Push(stream, 1, 1, out consumed) == WrapperResult.BadVersion);
            Assert.IsTrue(framer.Push(stream, 2, 8, out consumed) == WrapperResult.BadVersion);
        }

        [TestMethod]
        public void ZeroLengthPduIsBadLength()
        {
            byte[] stream = Hex.Parse("0001001000010000");
            int consumed;
            Assert.IsTrue(new WrapperFramer(64).Push(stream, 0, 8, out consumed) == WrapperResult.BadLength);
        }

        [TestMethod]
        public void MaximumOutsideSixteenBitsIsRejected()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new WrapperFramer(0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new WrapperFramer(0x10000));
        }

        /// <summary>Feeds the stream in chunks and lists the PDUs found as P:source>destination:apdu;.</summary>
        private static string Feed(WrapperFramer framer, byte[] stream, int chunk)
        {
            string found = string.Empty;
            for (int start = 0; start < stream.Length; start += chunk)
            {
                int count = stream.Length - start < chunk ? stream.Length - start : chunk;
                int offset = start;
                while (count > 0)
                {
                    int consumed;
                    WrapperResult result = framer.Push(stream, offset, count, out consumed);
                    offset += consumed;
                    count -= consumed;
                    if (result == WrapperResult.Ok)
                    {
                        byte[] apdu = new byte[framer.ApduLength];
                        System.Array.Copy(framer.Buffer, framer.ApduOffset, apdu, 0, apdu.Length);
                        found += "P:" + framer.Header.Source + ">" + framer.Header.Destination + ":" + Hex.Format(apdu) + ";";
                    }
                    else if (result != WrapperResult.Truncated)
                    {
                        return found + "E:" + (int)result;
                    }
                }
            }

            return found;
        }
    }
}
