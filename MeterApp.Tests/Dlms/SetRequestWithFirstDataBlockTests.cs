using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SetRequestWithFirstDataBlockTests
    {
        private static readonly byte[] ClockName = new byte[] { 0, 0, 1, 0, 0, 255 };

        [TestMethod]
        public void FirstBlockDecodesToItsFieldsAndReEncodes()
        {
            SetRequestWithFirstDataBlock request = (SetRequestWithFirstDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestFirstBlock);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual((ushort)8, request.Attribute.ClassId);
            Assert.IsTrue(request.Attribute.HasLogicalName(ClockName));
            Assert.AreEqual((sbyte)2, request.Attribute.AttributeId);
            Assert.IsNull(request.Access);
            Assert.IsFalse(request.Block.LastBlock);
            Assert.AreEqual(1u, request.Block.BlockNumber);
            DlmsBytes.AreEqual("090C07E501", DlmsBytes.RawData(request.Block));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestFirstBlock, request);

            byte[] value = Hex.Parse("090C07E50118FF0E303950FFC400");
            SetRequestWithFirstDataBlock built = new SetRequestWithFirstDataBlock(0xC1, new CosemAttributeDescriptor(8, ClockName, 2), null, new DataBlockSa(false, 1, value, 0, 5));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestFirstBlock, built);
        }

        [TestMethod]
        public void FirstBlockWithSelectiveAccessRoundTrips()
        {
            SetRequestWithFirstDataBlock request = (SetRequestWithFirstDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestFirstBlockWithAccess);
            Assert.AreEqual((byte)0x41, request.InvokeIdAndPriority);
            Assert.AreEqual((byte)2, request.Access.AccessSelector);
            Assert.AreEqual(4, request.Access.AccessParameters.Count);
            Assert.IsTrue(request.Block.LastBlock);
            DlmsBytes.AreEqual("12002A", DlmsBytes.RawData(request.Block));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestFirstBlockWithAccess, request);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            AxdrDecoder data = new AxdrDecoder();
            TypedDecoder decode = (buffer, offset, count) =>
            {
                SetRequestWithFirstDataBlock apdu;
                return SetRequestWithFirstDataBlock.Decode(buffer, offset, count, data, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestFirstBlock, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.SetRequestFirstBlockWithAccess, decode);

            byte[] other = Hex.Parse(XdlmsVectors.SetRequestBlock2);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)decode(other, 0, other.Length));
            other = Hex.Parse(XdlmsVectors.U9nGetRequestNormal);
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)decode(other, 0, other.Length));
        }

        [TestMethod]
        public void BadFlagsAreMalformed()
        {
            // Selective access flag 02; last-block 02.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C102C1" + "00080000010000FF02" + "02" + "00" + "00000001" + "00").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C102C1" + "00080000010000FF02" + "00" + "02" + "00000001" + "00").Result);
        }

        [TestMethod]
        public void NullArgumentsAreRefused()
        {
            DataBlockSa block = new DataBlockSa(true, 1, new byte[1], 0, 1);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetRequestWithFirstDataBlock(0, null, null, block));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new SetRequestWithFirstDataBlock(0, new CosemAttributeDescriptor(8, ClockName, 2), null, null));
        }
    }
}
