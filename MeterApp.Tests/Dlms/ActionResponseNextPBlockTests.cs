using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionResponseNextPBlockTests
    {
        [TestMethod]
        public void AcknowledgesAParameterBlock()
        {
            ActionResponseNextPBlock response = (ActionResponseNextPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionResponseNextPBlock2);
            Assert.AreEqual((byte)0xC1, response.InvokeIdAndPriority);
            Assert.AreEqual(2u, response.BlockNumber);
            Assert.AreEqual(7, ActionResponseNextPBlock.Size);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionResponseNextPBlock2, new ActionResponseNextPBlock(0xC1, 2));
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionResponseNextPBlock apdu;
                return ActionResponseNextPBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionResponseNextPBlock2, decode);
            byte[] other = Hex.Parse(XdlmsVectors.ActionResponsePBlock1);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(other, 0, other.Length));
        }
    }
}
