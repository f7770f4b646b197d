using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetRequestWithDataBlockTests
    {
        [TestMethod]
        public void LaterBlocksDecodeToTheirFieldsAndReEncode()
        {
            SetRequestWithDataBlock second = (SetRequestWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestBlock2);
            Assert.AreEqual((byte)0xC1, second.InvokeIdAndPriority);
            Assert.IsFalse(second.Block.LastBlock);
            Assert.AreEqual(2u, second.Block.BlockNumber);
            DlmsBytes.AreEqual("18FF0E3039", DlmsBytes.RawData(second.Block));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestBlock2, second);

            SetRequestWithDataBlock last = (SetRequestWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestBlock3Last);
            Assert.IsTrue(last.Block.LastBlock);
            Assert.AreEqual(3u, last.Block.BlockNumber);
            byte[] value = Hex.Parse("090C07E50118FF0E303950FFC400");
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestBlock3Last, new SetRequestWithDataBlock(0xC1, new DataBlockSa(true, 3, value, 10, 4)));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetRequestWithDataBlock apdu;
                return SetRequestWithDataBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestBlock2, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestBlock3Last, decode);

            byte[] other = Hex.Parse(XdlmsVectors.SetRequestFirstBlock);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(other, 0, other.Length));
        }

        [TestMethod]
        public void BadLastBlockFlagIsMalformedAndNullBlockRefused()
        {
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C103C1" + "FF" + "00000002" + "00").Result);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetRequestWithDataBlock(0xC1, null));
        }
    }
}
