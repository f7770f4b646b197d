using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetRequestWithListAndFirstDataBlockTests
    {
        private static readonly byte[] ClockName = new byte[] { 0, 0, 1, 0, 0, 255 };
        private static readonly byte[] SerialName = new byte[] { 0, 0, 96, 1, 0, 255 };

        [TestMethod]
        public void DecodesTheAttributesAndTheFirstBlockOfTheValueList()
        {
            SetRequestWithListAndFirstDataBlock request = (SetRequestWithListAndFirstDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestWithListFirstBlock);
            Assert.AreEqual(2, request.Count);
            Assert.IsTrue(request.AttributeAt(0).HasLogicalName(ClockName));
            Assert.IsTrue(request.AttributeAt(1).HasLogicalName(SerialName));
            Assert.IsNull(request.AccessAt(1));
            Assert.IsFalse(request.Block.LastBlock);
            Assert.AreEqual(1u, request.Block.BlockNumber);
            DlmsBytes.AreEqual("02090C07E501", DlmsBytes.RawData(request.Block));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestWithListFirstBlock, request);

            // The value-list encoding of SetRequestWithList, cut after 6 bytes.
            byte[] valueList = Hex.Parse("02" + "090C07E50118FF0E303950FFC400" + "0A03414243");
            SetRequestWithListAndFirstDataBlock built = new SetRequestWithListAndFirstDataBlock(0xC1,
                new CosemAttributeDescriptor[] { new CosemAttributeDescriptor(8, ClockName, 2), new CosemAttributeDescriptor(1, SerialName, 2) },
                null, new DataBlockSa(false, 1, valueList, 0, 6));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestWithListFirstBlock, built);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            AxdrDecoder data = new AxdrDecoder();
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetRequestWithListAndFirstDataBlock apdu;
                return SetRequestWithListAndFirstDataBlock.Decode(buffer, offset, count, data, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestWithListFirstBlock, decode);
        }

        [TestMethod]
        public void CountsAndFlagsAreChecked()
        {
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C105C1" + "41" + "00080000010000FF0200").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C105C1" + "03" + "00080000010000FF0200" + "01000000010100").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C105C1" + "01" + "00080000010000FF0203" + "01000000010100").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C105C1" + "01" + "00080000010000FF0200" + "05000000010100").Result);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetRequestWithListAndFirstDataBlock(0, new CosemAttributeDescriptor[0], null, null));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException),
                () => new SetRequestWithListAndFirstDataBlock(0, new CosemAttributeDescriptor[XdlmsLimits.MaxListItems + 1], null, new DataBlockSa(true, 1, new byte[0], 0, 0)));
        }
    }
}
