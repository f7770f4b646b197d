using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetResponseLastDataBlockWithListTests
    {
        [TestMethod]
        public void CarriesOneResultPerAttributeAndTheBlockNumber()
        {
            SetResponseLastDataBlockWithList response = (SetResponseLastDataBlockWithList)XdlmsVectors.Decode(XdlmsVectors.SetResponseLastBlockWithList);
            Assert.AreEqual(2, response.Count);
            Assert.AreEqual((int)DataAccessResult.Success, (int)response.ResultAt(0));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)response.ResultAt(1));
            Assert.AreEqual(2u, response.BlockNumber);
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetResponseLastBlockWithList,
                new SetResponseLastDataBlockWithList(0xC1, new DataAccessResult[] { DataAccessResult.Success, DataAccessResult.ReadWriteDenied }, 2));
            XdlmsVectors.AssertEncodes("C504C1" + "00" + "00000001", new SetResponseLastDataBlockWithList(0xC1, new DataAccessResult[0], 1));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetResponseLastDataBlockWithList apdu;
                return SetResponseLastDataBlockWithList.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetResponseLastBlockWithList, decode);
        }

        [TestMethod]
        public void CountIsBounded()
        {
            string many = "C504C1" + "41";
            for (int i = 0; i < XdlmsLimits.MaxListItems + 1; i++)
            {
                many += "00";
            }

            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse(many + "00000001").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C504C1" + "05" + "0000").Result);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException),
                () => new SetResponseLastDataBlockWithList(0, new DataAccessResult[XdlmsLimits.MaxListItems + 1], 1));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetResponseLastDataBlockWithList(0, null, 1));
        }
    }
}
