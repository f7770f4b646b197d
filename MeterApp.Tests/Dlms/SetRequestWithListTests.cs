using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetRequestWithListTests
    {
        private static readonly byte[] ClockName = new byte[] { 0, 0, 1, 0, 0, 255 };
        private static readonly byte[] SerialName = new byte[] { 0, 0, 96, 1, 0, 255 };

        [TestMethod]
        public void DecodesEachAttributeWithItsValueAndReEncodes()
        {
            SetRequestWithList request = (SetRequestWithList)XdlmsVectors.Decode(XdlmsVectors.SetRequestWithList);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual(2, request.Count);
            Assert.IsTrue(request.AttributeAt(0).HasLogicalName(ClockName));
            Assert.IsTrue(request.AttributeAt(1).HasLogicalName(SerialName));
            Assert.IsNull(request.AccessAt(0));
            Assert.AreEqual((int)DlmsDataType.OctetString, (int)request.ValueAt(0).Type);
            Assert.AreEqual("ABC", request.ValueAt(1).AsString());
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestWithList, request);

            SetRequestWithList built = new SetRequestWithList(0xC1,
                new CosemAttributeDescriptor[] { new CosemAttributeDescriptor(8, ClockName, 2), new CosemAttributeDescriptor(1, SerialName, 2) },
                null,
                new DlmsData[] { DlmsData.OctetString(Hex.Parse("07E50118FF0E303950FFC400")), DlmsData.VisibleString("ABC") });
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestWithList, built);
        }

        [TestMethod]
        public void KeepsSelectiveAccessPerItem()
        {
            SetRequestWithList request = (SetRequestWithList)XdlmsVectors.Decode(XdlmsVectors.SetRequestWithListAndAccess);
            Assert.AreEqual(1, request.Count);
            Assert.AreEqual((byte)2, request.AccessAt(0).AccessSelector);
            Assert.AreEqual(0, request.ValueAt(0).Count);
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestWithListAndAccess, request);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            AxdrDecoder data = new AxdrDecoder();
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetRequestWithList apdu;
                return SetRequestWithList.Decode(buffer, offset, count, data, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestWithList, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestWithListAndAccess, decode);
        }

        [TestMethod]
        public void ValueCountMustMatchTheAttributes()
        {
            string attributes = "C104C1" + "02" + "00080000010000FF0200" + "00010000600100FF0200";
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse(attributes + "01" + "0A03414243").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse(attributes + "03" + "00" + "00" + "00").Result);
            Assert.AreEqual((int)XdlmsResult.Ok, (int)XdlmsVectors.Parse(attributes + "02" + "00" + "00").Result);

            CosemAttributeDescriptor[] one = new CosemAttributeDescriptor[] { new CosemAttributeDescriptor(8, ClockName, 2) };
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new SetRequestWithList(0, one, null, new DlmsData[0]));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetRequestWithList(0, one, null, new DlmsData[1]));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetRequestWithList(0, one, null, null));
        }

        [TestMethod]
        public void CountsAreBoundedBeforeAllocation()
        {
            // Above the maximum, whatever follows; more items than the bytes left can hold.
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C104C1" + "41" + "00080000010000FF0200").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C104C1" + "8203E8").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C104C1" + "02" + "00080000010000FF0200").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C104C1" + "00" + "41").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C104C1" + "01" + "00080000010000FF0200" + "01").Result);
        }
    }
}
