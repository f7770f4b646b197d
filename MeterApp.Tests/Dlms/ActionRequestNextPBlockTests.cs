using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionRequestNextPBlockTests
    {
        [TestMethod]
        public void AsksForTheBlockAfterTheOneReceived()
        {
            ActionRequestNextPBlock request = (ActionRequestNextPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionRequestNextPBlock1);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual(1u, request.BlockNumber);
            Assert.AreEqual(7, ActionRequestNextPBlock.Size);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestNextPBlock1, new ActionRequestNextPBlock(0xC1, 1));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionRequestNextPBlock apdu;
                return ActionRequestNextPBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionRequestNextPBlock1, decode);

            // Same layout under another tag or type is not this APDU.
            byte[] getNext = Hex.Parse(XdlmsVectors.U9nGetRequestNext);
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)decode(getNext, 0, getNext.Length));
            byte[] block = Hex.Parse(XdlmsVectors.ActionRequestPBlock2);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(block, 0, block.Length));
        }
    }
}
