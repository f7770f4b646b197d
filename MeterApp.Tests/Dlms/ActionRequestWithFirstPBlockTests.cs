using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionRequestWithFirstPBlockTests
    {
        private static readonly byte[] ImageTransferName = new byte[] { 0, 0, 44, 0, 0, 255 };

        [TestMethod]
        public void DecodesTheMethodAndTheFirstParameterBlock()
        {
            ActionRequestWithFirstPBlock request = (ActionRequestWithFirstPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionRequestFirstPBlock);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual((ushort)18, request.Method.ClassId);
            Assert.IsTrue(request.Method.HasLogicalName(ImageTransferName));
            Assert.AreEqual((sbyte)2, request.Method.MethodId);
            Assert.IsFalse(request.Block.LastBlock);
            Assert.AreEqual(1u, request.Block.BlockNumber);
            DlmsBytes.AreEqual("0202060000000009", DlmsBytes.RawData(request.Block));
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestFirstPBlock, request);

            byte[] parameters = Hex.Parse("0202" + "0600000000" + "0908" + "0102030405060708");
            ActionRequestWithFirstPBlock built = new ActionRequestWithFirstPBlock(0xC1, new CosemMethodDescriptor(18, ImageTransferName, 2), new DataBlockSa(false, 1, parameters, 0, 8));
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestFirstPBlock, built);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionRequestWithFirstPBlock apdu;
                return ActionRequestWithFirstPBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionRequestFirstPBlock, decode);
            byte[] other = Hex.Parse(XdlmsVectors.U9nActionRequest);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(other, 0, other.Length));
        }

        [TestMethod]
        public void BadLastBlockFlagIsMalformedAndNullsRefused()
        {
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C304C1" + "001200002C0000FF02" + "80" + "00000001" + "00").Result);
            DataBlockSa block = new DataBlockSa(true, 1, new byte[0], 0, 0);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionRequestWithFirstPBlock(0, null, block));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionRequestWithFirstPBlock(0, new CosemMethodDescriptor(18, ImageTransferName, 2), null));
        }
    }
}
