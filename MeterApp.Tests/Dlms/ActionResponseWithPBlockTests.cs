using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionResponseWithPBlockTests
    {
        [TestMethod]
        public void BlocksJoinToTheResponseWithOptionalData()
        {
            ActionResponseWithPBlock first = (ActionResponseWithPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionResponsePBlock1);
            ActionResponseWithPBlock last = (ActionResponseWithPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionResponsePBlock2Last);
            Assert.IsFalse(first.Block.LastBlock);
            Assert.IsTrue(last.Block.LastBlock);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionResponsePBlock1, first);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionResponsePBlock2Last, last);

            // The joined raw data is an Action-Response-With-Optional-Data.
            byte[] joined = new byte[16];
            DataBlockReassembler reassembler = new DataBlockReassembler(joined, 0, joined.Length);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(first.Block));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(last.Block));
            Assert.IsTrue(reassembler.IsComplete);
            ActionResponseWithOptionalData response;
            int consumed;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)ActionResponseWithOptionalData.Decode(joined, 0, reassembler.Length, new AxdrDecoder(), out response, out consumed));
            Assert.AreEqual(reassembler.Length, consumed);
            Assert.AreEqual((int)ActionResult.Success, (int)response.Result);
            DlmsBytes.AreEqual("01020304", response.ReturnParameters.Data.GetBytes());
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionResponseWithPBlock apdu;
                return ActionResponseWithPBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionResponsePBlock1, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionResponsePBlock2Last, decode);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionResponseWithPBlock(0, null));
        }
    }
}
