using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetResponseDataBlockTests
    {
        [TestMethod]
        public void AcknowledgesABlockInSevenBytes()
        {
            SetResponseDataBlock response = (SetResponseDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetResponseBlock1);
            Assert.AreEqual((byte)0xC1, response.InvokeIdAndPriority);
            Assert.AreEqual(1u, response.BlockNumber);
            Assert.AreEqual(7, SetResponseDataBlock.Size);
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetResponseBlock1, new SetResponseDataBlock(0xC1, 1));
            XdlmsVectors.AssertEncodes("C50281FFFFFFFF", new SetResponseDataBlock(0x81, uint.MaxValue));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, new SetResponseDataBlock(0xC1, 1).Encode(new byte[7], 1, 6));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetResponseDataBlock apdu;
                return SetResponseDataBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetResponseBlock1, decode);
            byte[] other = Hex.Parse(XdlmsVectors.SetResponseLastBlock3);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(other, 0, other.Length));
            other = Hex.Parse(XdlmsVectors.ActionResponseNextPBlock2);
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)decode(other, 0, other.Length));
        }
    }
}
