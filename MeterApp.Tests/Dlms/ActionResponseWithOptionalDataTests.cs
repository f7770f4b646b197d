using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ActionResponseWithOptionalDataTests
    {
        [TestMethod]
        public void DecodesWithoutWithDataAndWithError()
        {
            Assert.AreEqual("0000", RoundTrip("0000"));
            Assert.AreEqual("0001000903010203", RoundTrip("0001000903010203"));
            Assert.AreEqual("0c0101fa", RoundTrip("0C0101FA"));
        }

        [TestMethod]
        public void IsTheBodyOfActionResponseNormal()
        {
            ActionResponseNormal normal = (ActionResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nActionResponseData);
            Assert.AreEqual((int)normal.Result, (int)normal.Response.Result);
            Assert.AreSame(normal.ReturnParameters, normal.Response.ReturnParameters);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nActionResponseData, new ActionResponseNormal(0xC0, normal.Response));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new ActionResponseNormal(0, null));
        }

        [TestMethod]
        public void PrefixesAreTruncatedAndBadChoicesMalformed()
        {
            byte[] bytes = Hex.Parse("0001000903010203");
            for (int length = 0; length < bytes.Length; length++)
            {
                ActionResponseWithOptionalData response;
                int consumed;
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)ActionResponseWithOptionalData.Decode(bytes, 0, length, new AxdrDecoder(), out response, out consumed));
                Assert.IsNull(response);
            }

            Assert.AreEqual((int)XdlmsResult.Malformed, (int)Decode("0002"));
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)Decode("000102"));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, new ActionResponseWithOptionalData(ActionResult.Success, null).Encode(new byte[2], 0, 1));
        }

        private static XdlmsResult Decode(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            ActionResponseWithOptionalData response;
            int consumed;
            return ActionResponseWithOptionalData.Decode(bytes, 0, bytes.Length, new AxdrDecoder(), out response, out consumed);
        }

        private static string RoundTrip(string hex)
        {
            byte[] bytes = Hex.Parse(hex + "EE");
            ActionResponseWithOptionalData response;
            int consumed;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)ActionResponseWithOptionalData.Decode(bytes, 0, bytes.Length, new AxdrDecoder(), out response, out consumed));
            Assert.AreEqual(bytes.Length - 1, consumed);
            Assert.AreEqual(consumed, response.Size);
            byte[] written = new byte[response.Size];
            Assert.AreEqual(written.Length, response.Encode(written, 0, written.Length));
            return Hex.Format(written);
        }
    }
}
