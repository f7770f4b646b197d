using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class XdlmsSetActionTests
    {
        private static readonly byte[] AssociationName = new byte[] { 0, 0, 40, 0, 0, 255 };

        [TestMethod]
        public void SetRequestNormalCarriesTheValue()
        {
            SetRequestNormal request = (SetRequestNormal)XdlmsVectors.Decode(XdlmsVectors.U9nSetRequestNormal);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual((ushort)8, request.Attribute.ClassId);
            Assert.AreEqual((sbyte)2, request.Attribute.AttributeId);
            Assert.IsNull(request.Access);
            Assert.AreEqual((int)DlmsDataType.OctetString, (int)request.Value.Type);
            Assert.AreEqual(12, request.Value.ByteLength);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nSetRequestNormal, request);

            SetRequestNormal built = new SetRequestNormal(0xC1, request.Attribute, null, DlmsData.OctetString(Hex.Parse("07E50118FF0E303950FFC400")));
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nSetRequestNormal, built);
        }

        [TestMethod]
        public void SetRequestNormalRoundTripsWithSelectiveAccess()
        {
            SetRequestNormal request = (SetRequestNormal)XdlmsVectors.Decode(XdlmsVectors.SetRequestWithAccess);
            Assert.AreEqual((byte)0x41, request.InvokeIdAndPriority);
            Assert.AreEqual((byte)2, request.Access.AccessSelector);
            Assert.AreEqual(4, request.Access.AccessParameters.Count);
            Assert.AreEqual(42L, request.Value.AsInt64());
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestWithAccess, request);
        }

        [TestMethod]
        public void SetResponseNormalCarriesTheAccessResult()
        {
            SetResponseNormal response = (SetResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nSetResponseNormal);
            Assert.AreEqual((int)DataAccessResult.Success, (int)response.Result);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nSetResponseNormal, new SetResponseNormal(0xC1, DataAccessResult.Success));
            XdlmsVectors.AssertEncodes("C501C103", new SetResponseNormal(0xC1, DataAccessResult.ReadWriteDenied));
        }

        [TestMethod]
        public void ActionRequestNormalWithAndWithoutParameters()
        {
            ActionRequestNormal request = (ActionRequestNormal)XdlmsVectors.Decode(XdlmsVectors.U9nActionRequest);
            Assert.AreEqual((byte)0xC0, request.InvokeIdAndPriority);
            Assert.AreEqual((ushort)15, request.Method.ClassId);
            Assert.IsTrue(request.Method.HasLogicalName(AssociationName));
            Assert.AreEqual((sbyte)1, request.Method.MethodId);
            Assert.AreEqual(17, request.Parameters.ByteLength);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nActionRequest, request);

            ActionRequestNormal bare = (ActionRequestNormal)XdlmsVectors.Decode(XdlmsVectors.U9nActionRequestNoData);
            Assert.IsNull(bare.Parameters);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nActionRequestNoData, new ActionRequestNormal(0xC0, new CosemMethodDescriptor(15, AssociationName, 1), null));
        }

        [TestMethod]
        public void ActionResponseNormalWithoutWithDataAndWithError()
        {
            ActionResponseNormal plain = (ActionResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nActionResponse);
            Assert.AreEqual((int)ActionResult.Success, (int)plain.Result);
            Assert.IsNull(plain.ReturnParameters);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nActionResponse, new ActionResponseNormal(0xC0, ActionResult.Success, null));

            ActionResponseNormal data = (ActionResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nActionResponseData);
            Assert.IsTrue(data.ReturnParameters.IsData);
            Assert.AreEqual(17, data.ReturnParameters.Data.ByteLength);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nActionResponseData, data);

            ActionResponseNormal error = (ActionResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nActionResponseError);
            Assert.IsFalse(error.ReturnParameters.IsData);
            Assert.AreEqual((int)DataAccessResult.OtherReason, (int)error.ReturnParameters.AccessResult);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nActionResponseError,
                new ActionResponseNormal(0xC0, ActionResult.Success, GetDataResult.FromError(DataAccessResult.OtherReason)));
            XdlmsVectors.AssertEncodes("C701C00C00", new ActionResponseNormal(0xC0, ActionResult.TypeUnmatched, null));
        }

        [TestMethod]
        public void ActionResultHasTheGreenBookValues()
        {
            Assert.AreEqual(0, (int)ActionResult.Success);
            Assert.AreEqual(9, (int)ActionResult.ObjectClassInconsistent);
            Assert.AreEqual(11, (int)ActionResult.ObjectUnavailable);
            Assert.AreEqual(15, (int)ActionResult.LongActionAborted);
            Assert.AreEqual(16, (int)ActionResult.NoLongActionInProgress);
            Assert.AreEqual(250, (int)ActionResult.OtherReason);
        }
    }
}
