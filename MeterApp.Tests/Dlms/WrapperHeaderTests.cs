using Meter.Dlms.Wrapper;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class WrapperHeaderTests
    {
        [TestMethod]
        public void ParsesAndReencodesGreenBookHeader()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.WrapperHeader);
            WrapperHeader header;
            Assert.IsTrue(WrapperHeader.Parse(bytes, 0, bytes.Length, 1024, out header) == WrapperResult.Ok);
            Assert.AreEqual(16, header.Source);
            Assert.AreEqual(1, header.Destination);
            Assert.AreEqual(31, header.Length);

            byte[] output = new byte[WrapperHeader.Size];
            Assert.AreEqual(WrapperHeader.Size, header.Encode(output, 0, output.Length));
            Assert.AreEqual(HdlcVectors.WrapperHeader.ToLower(), Hex.Format(output));
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.WrapperHeader);
            WrapperHeader header;
            for (int count = 0; count < WrapperHeader.Size; count++)
            {
                Assert.IsTrue(WrapperHeader.Parse(bytes, 0, count, 1024, out header) == WrapperResult.Truncated, "prefix " + count);
            }
        }

        [TestMethod]
        public void WrongVersionIsRejectedFromTwoBytes()
        {
            byte[] bytes = Hex.Parse("000200100001001F");
            WrapperHeader header;
            Assert.IsTrue(WrapperHeader.Parse(bytes, 0, 2, 1024, out header) == WrapperResult.BadVersion);
            Assert.IsTrue(WrapperHeader.Parse(bytes, 0, 8, 1024, out header) == WrapperResult.BadVersion);
            // An HDLC frame sent to the wrapper port.
            byte[] hdlc = Hex.Parse(HdlcVectors.Snrm);
            Assert.IsTrue(WrapperHeader.Parse(hdlc, 0, hdlc.Length, 1024, out header) == WrapperResult.BadVersion);
        }

        [TestMethod]
        public void LengthAboveMaximumIsOversizeAndZeroIsBadLength()
        {
            byte[] bytes = Hex.Parse(HdlcVectors.WrapperHeader);
            WrapperHeader header;
            Assert.IsTrue(WrapperHeader.Parse(bytes, 0, 8, 31, out header) == WrapperResult.Ok);
            Assert.IsTrue(WrapperHeader.Parse(bytes, 0, 8, 30, out header) == WrapperResult.Oversize);
            Assert.IsTrue(WrapperHeader.Parse(Hex.Parse("0001001000010000"), 0, 8, 30, out header) == WrapperResult.BadLength);
            Assert.IsTrue(WrapperHeader.Parse(Hex.Parse("000100100001FFFF"), 0, 8, 0xFFFE, out header) == WrapperResult.Oversize);
        }

        [TestMethod]
        public void ParsesAtOffset()
        {
            byte[] bytes = Hex.Parse("FFFF" + "0001000100660400");
            WrapperHeader header;
            Assert.IsTrue(WrapperHeader.Parse(bytes, 2, 8, 1024, out header) == WrapperResult.Ok);
            Assert.AreEqual(1, header.Source);
            Assert.AreEqual(0x66, header.Destination);
            Assert.AreEqual(1024, header.Length);
        }

        [TestMethod]
        public void FieldsOutsideSixteenBitsOrNoRoomAreNotEncoded()
        {
            byte[] output = new byte[8];
            Assert.AreEqual(0, WrapperHeader.Create(0x10000, 1, 1).Encode(output, 0, 8));
            Assert.AreEqual(0, WrapperHeader.Create(1, -1, 1).Encode(output, 0, 8));
            Assert.AreEqual(0, WrapperHeader.Create(1, 1, 0x10000).Encode(output, 0, 8));
            Assert.AreEqual(0, WrapperHeader.Create(1, 1, 1).Encode(output, 0, 7));
            Assert.AreEqual("0000000000000000", Hex.Format(output));
            Assert.AreEqual(8, WrapperHeader.Create(0xFFFF, 0xFFFF, 0xFFFF).Encode(output, 0, 8));
            Assert.AreEqual("0001ffffffffffff", Hex.Format(output));
        }
    }
}
