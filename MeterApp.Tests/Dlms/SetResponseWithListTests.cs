using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetResponseWithListTests
    {
        [TestMethod]
        public void CarriesOneResultPerAttribute()
        {
            SetResponseWithList response = (SetResponseWithList)XdlmsVectors.Decode(XdlmsVectors.SetResponseWithList);
            Assert.AreEqual((byte)0xC1, response.InvokeIdAndPriority);
            Assert.AreEqual(3, response.Count);
            Assert.AreEqual((int)DataAccessResult.Success, (int)response.ResultAt(0));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)response.ResultAt(1));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)response.ResultAt(2));
            DataAccessResult[] results = new DataAccessResult[] { DataAccessResult.Success, DataAccessResult.ReadWriteDenied, DataAccessResult.TypeUnmatched };
            SetResponseWithList built = new SetResponseWithList(0xC1, results);
            results[0] = DataAccessResult.OtherReason;
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetResponseWithList, built);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetResponseWithList apdu;
                return SetResponseWithList.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetResponseWithList, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict("C505C100", decode);
        }

        [TestMethod]
        public void CountIsBounded()
        {
            string most = "C505C1" + "40";
            for (int i = 0; i < XdlmsLimits.MaxListItems; i++)
            {
                most += "00";
            }

            Assert.AreEqual(XdlmsLimits.MaxListItems, ((SetResponseWithList)XdlmsVectors.Decode(most)).Count);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C505C1" + "41" + most.Substring(8) + "00").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C505C1" + "847FFFFFFF").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C505C1" + "03" + "0000").Result);
        }
    }
}
