using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionResponseWithListTests
    {
        [TestMethod]
        public void OneResponseWithOptionalDataPerMethod()
        {
            ActionResponseWithList response = (ActionResponseWithList)XdlmsVectors.Decode(XdlmsVectors.ActionResponseWithList);
            Assert.AreEqual((byte)0xC1, response.InvokeIdAndPriority);
            Assert.AreEqual(3, response.Count);
            Assert.AreEqual((int)ActionResult.Success, (int)response.ResponseAt(0).Result);
            Assert.IsNull(response.ResponseAt(0).ReturnParameters);
            Assert.IsTrue(response.ResponseAt(1).ReturnParameters.IsData);
            DlmsBytes.AreEqual("010203", response.ResponseAt(1).ReturnParameters.Data.GetBytes());
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)response.ResponseAt(2).Result);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionResponseWithList, response);

            ActionResponseWithList built = new ActionResponseWithList(0xC1, new ActionResponseWithOptionalData[]
            {
                new ActionResponseWithOptionalData(ActionResult.Success, null),
                new ActionResponseWithOptionalData(ActionResult.Success, GetDataResult.FromData(DlmsData.OctetString(Hex.Parse("010203")))),
                new ActionResponseWithOptionalData(ActionResult.ReadWriteDenied, null),
            });
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionResponseWithList, built);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            AxdrDecoder data = new AxdrDecoder();
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionResponseWithList apdu;
                return ActionResponseWithList.Decode(buffer, offset, count, data, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionResponseWithList, decode);
        }

        [TestMethod]
        public void CountIsBoundedAndFlagsChecked()
        {
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C703C1" + "41" + "0000").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C703C1" + "02" + "0000").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C703C1" + "01" + "0002").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C703C1" + "01" + "000102").Result);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionResponseWithList(0, new ActionResponseWithOptionalData[1]));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new ActionResponseWithList(0, new ActionResponseWithOptionalData[XdlmsLimits.MaxListItems + 1]));
        }
    }
}
