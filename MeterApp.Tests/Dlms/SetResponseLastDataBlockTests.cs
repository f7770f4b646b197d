using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetResponseLastDataBlockTests
    {
        [TestMethod]
        public void CarriesResultAndLastBlockNumber()
        {
            SetResponseLastDataBlock response = (SetResponseLastDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetResponseLastBlock3);
            Assert.AreEqual((byte)0xC1, response.InvokeIdAndPriority);
            Assert.AreEqual((int)DataAccessResult.Success, (int)response.Result);
            Assert.AreEqual(3u, response.BlockNumber);
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetResponseLastBlock3, new SetResponseLastDataBlock(0xC1, DataAccessResult.Success, 3));

            // A SET in blocks the server aborts: data-block-number-invalid (19) after block 2.
            XdlmsVectors.AssertEncodes("C503C1" + "13" + "00000002", new SetResponseLastDataBlock(0xC1, DataAccessResult.DataBlockNumberInvalid, 2));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, response.Encode(new byte[8], 0, 7));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetResponseLastDataBlock apdu;
                return SetResponseLastDataBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetResponseLastBlock3, decode);
            byte[] other = Hex.Parse(XdlmsVectors.U9nSetResponseNormal);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(other, 0, other.Length));
        }
    }
}
