using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionRequestWithListAndFirstPBlockTests
    {
        private static readonly byte[] AssociationName = new byte[] { 0, 0, 40, 0, 0, 255 };
        private static readonly byte[] ImageTransferName = new byte[] { 0, 0, 44, 0, 0, 255 };

        [TestMethod]
        public void OneLastBlockCarriesTheWholeParameterList()
        {
            ActionRequestWithListAndFirstPBlock request = (ActionRequestWithListAndFirstPBlock)XdlmsVectors.Decode(XdlmsVectors.ActionRequestWithListFirstPBlock);
            Assert.AreEqual(2, request.Count);
            Assert.AreEqual((ushort)15, request.MethodAt(0).ClassId);
            Assert.AreEqual((sbyte)3, request.MethodAt(1).MethodId);
            Assert.IsTrue(request.Block.LastBlock);
            Assert.AreEqual(1u, request.Block.BlockNumber);
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestWithListFirstPBlock, request);

            // Its raw data is the parameter list of ActionRequestWithList.
            byte[] raw = DlmsBytes.RawData(request.Block);
            DlmsBytes.AreEqual("02" + "0903010203" + "0F00", raw);
            ActionRequestWithListAndFirstPBlock built = new ActionRequestWithListAndFirstPBlock(0xC1,
                new CosemMethodDescriptor[] { new CosemMethodDescriptor(15, AssociationName, 1), new CosemMethodDescriptor(18, ImageTransferName, 3) },
                new DataBlockSa(true, 1, raw, 0, raw.Length));
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestWithListFirstPBlock, built);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionRequestWithListAndFirstPBlock apdu;
                return ActionRequestWithListAndFirstPBlock.Decode(buffer, offset, count, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionRequestWithListFirstPBlock, decode);
        }

        [TestMethod]
        public void CountIsBoundedAndNullsRefused()
        {
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C305C1" + "41" + "000F0000280000FF01").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C305C1" + "02" + "000F0000280000FF01" + "01000000010100").Result);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionRequestWithListAndFirstPBlock(0, null, new DataBlockSa(true, 1, new byte[0], 0, 0)));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionRequestWithListAndFirstPBlock(0, new CosemMethodDescriptor[0], null));
        }
    }
}
