using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionRequestWithPBlockTests
    {
        [TestMethod]
        public void LaterParameterBlocksRoundTrip()
        {
            ActionRequestWithPBlock second = (ActionRequestWithPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionRequestPBlock2);
            Assert.AreEqual((byte)0xC1, second.InvokeIdAndPriority);
            Assert.AreEqual(2u, second.Block.BlockNumber);
            Assert.IsFalse(second.Block.LastBlock);
            DlmsBytes.AreEqual("0801020304050607", DlmsBytes.RawData(second.Block));
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestPBlock2, second);

            ActionRequestWithPBlock last = (ActionRequestWithPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionRequestPBlock3Last);
            Assert.IsTrue(last.Block.LastBlock);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestPBlock3Last, new ActionRequestWithPBlock(0xC1, new DataBlockSa(true, 3, Hex.Parse("08"), 0, 1)));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionRequestWithPBlock apdu;
                return ActionRequestWithPBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionRequestPBlock2, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionRequestPBlock3Last, decode);
            byte[] other = Hex.Parse(XdlmsVectors.ActionResponsePBlock1);
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)decode(other, 0, other.Length));
        }
    }
}
