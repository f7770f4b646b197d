using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionRequestWithListTests
    {
        private static readonly byte[] AssociationName = new byte[] { 0, 0, 40, 0, 0, 255 };
        private static readonly byte[] ImageTransferName = new byte[] { 0, 0, 44, 0, 0, 255 };

        [TestMethod]
        public void DecodesEachMethodWithItsParameters()
        {
            ActionRequestWithList request = (ActionRequestWithList)XdlmsVectors.Decode(XdlmsVectors.ActionRequestWithList);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual(2, request.Count);
            Assert.IsTrue(request.MethodAt(0).HasLogicalName(AssociationName));
            Assert.AreEqual((sbyte)1, request.MethodAt(0).MethodId);
            Assert.AreEqual((ushort)18, request.MethodAt(1).ClassId);
            Assert.AreEqual((sbyte)3, request.MethodAt(1).MethodId);
            DlmsBytes.AreEqual("010203", request.ParametersAt(0).GetBytes());
            Assert.AreEqual(0L, request.ParametersAt(1).AsInt64());
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestWithList, request);

            ActionRequestWithList built = new ActionRequestWithList(0xC1,
                new CosemMethodDescriptor[] { new CosemMethodDescriptor(15, AssociationName, 1), new CosemMethodDescriptor(18, ImageTransferName, 3) },
                new DlmsData[] { DlmsData.OctetString(Hex.Parse("010203")), DlmsData.Integer(0) });
            XdlmsVectors.AssertEncodes(XdlmsVectors.ActionRequestWithList, built);
        }

        [TestMethod]
        public void TypedDecoderIsStrict()
        {
            AxdrDecoder data = new AxdrDecoder();
            TypedDecoder decode = (buffer, offset, count) =>
            {
                ActionRequestWithList apdu;
                return ActionRequestWithList.Decode(buffer, offset, count, data, out apdu);
            };
            XdlmsVectors.AssertTypedDecoderIsStrict(XdlmsVectors.ActionRequestWithList, decode);
            XdlmsVectors.AssertTypedDecoderIsStrict("C303C1" + "00" + "00", decode);
        }

        [TestMethod]
        public void CountsAreBoundedAndMustMatch()
        {
            string methods = "C303C1" + "02" + "000F0000280000FF01" + "001200002C0000FF03";
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse(methods + "01" + "0F00").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse(methods + "41").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse(methods + "02" + "00").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C303C1" + "8203E8").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C303C1" + "03" + "000F0000280000FF01" + "001200002C0000FF03").Result);
            // A bad Data tag among the parameters.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse(methods + "02" + "FE" + "00").Result);

            CosemMethodDescriptor[] one = new CosemMethodDescriptor[] { new CosemMethodDescriptor(15, AssociationName, 1) };
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new ActionRequestWithList(0, one, new DlmsData[2]));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionRequestWithList(0, new CosemMethodDescriptor[1], new DlmsData[1]));
        }
    }
}
