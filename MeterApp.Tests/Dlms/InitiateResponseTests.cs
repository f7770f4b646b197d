using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class InitiateResponseTests
    {
        [TestMethod]
        public void GreenBookResponseDecodesAndReencodes()
        {
            // User-information of the Green Book HLS-GMAC AARE.
            InitiateResponse response = Decode("0800065F1F040000501F01F40007");
            Assert.IsFalse(response.HasNegotiatedQualityOfService);
            Assert.AreEqual((byte)6, response.NegotiatedDlmsVersion);
            Conformance expected = Conformance.PriorityMgmtSupported | Conformance.BlockTransferWithGetOrRead
                | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess | Conformance.EventNotification | Conformance.Action;
            Assert.AreEqual((int)expected, (int)response.NegotiatedConformance);
            Assert.AreEqual(500, response.ServerMaxReceivePduSize);
            Assert.AreEqual(InitiateResponse.LogicalNameVaa, response.VaaName);
            DlmsBytes.AreEqual("0800065F1F040000501F01F40007", Encode(response));
        }

        [TestMethod]
        public void ResponseWithQualityOfServiceDecodesAndReencodes()
        {
            // User-information of u9n/dlms-cosem test_rlre.py test_with_initiate_response.
            InitiateResponse response = Decode("080100065F1F0400001E1D04C80007");
            Assert.IsTrue(response.HasNegotiatedQualityOfService);
            Assert.AreEqual((sbyte)0, response.NegotiatedQualityOfService);
            Assert.AreEqual(0x001E1D, (int)response.NegotiatedConformance);
            Assert.AreEqual(1224, response.ServerMaxReceivePduSize);
            DlmsBytes.AreEqual("080100065F1F0400001E1D04C80007", Encode(response));
        }

        [TestMethod]
        public void ShortNameVaaRoundTrips()
        {
            InitiateResponse response = new InitiateResponse();
            response.NegotiatedConformance = Conformance.Read | Conformance.Write;
            response.ServerMaxReceivePduSize = 0xFFFF;
            response.VaaName = InitiateResponse.ShortNameVaa;
            byte[] encoded = Encode(response);
            DlmsBytes.AreEqual("0800065F1F04001800" + "00FFFFFA00", encoded);
            Assert.AreEqual(InitiateResponse.ShortNameVaa, Decode(Hex.Format(encoded)).VaaName);
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse("080100065F1F0400001E1D04C80007");
            InitiateResponse response = new InitiateResponse();
            for (int count = 0; count < bytes.Length; count++)
            {
                Assert.AreEqual((int)XdlmsError.Truncated, (int)response.Decode(bytes, 0, count), "prefix " + count);
            }
        }

        [TestMethod]
        [DataRow("0100065F1F040000501F01F40007", (int)XdlmsError.UnexpectedTag)]
        [DataRow("0802065F1F040000501F01F40007", (int)XdlmsError.BadValue)]
        [DataRow("0800065F1F050000501F01F40007", (int)XdlmsError.UnexpectedTag)]
        [DataRow("0800065F1F040000501F01F4000700", (int)XdlmsError.TrailingBytes)]
        public void MalformedResponsesAreRejected(string hex, int expected)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(expected, (int)new InitiateResponse().Decode(bytes, 0, bytes.Length), hex);
        }

        [TestMethod]
        public void EncodeChecksRoomAndRanges()
        {
            InitiateResponse response = new InitiateResponse();
            int written;
            Assert.AreEqual((int)XdlmsError.BufferTooSmall, (int)response.Encode(new byte[InitiateResponse.MinimumSize - 1], 0, out written));
            response.VaaName = -1;
            Assert.AreEqual((int)XdlmsError.BadValue, (int)response.Encode(new byte[32], 0, out written));
        }

        private static InitiateResponse Decode(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            InitiateResponse response = new InitiateResponse();
            Assert.AreEqual((int)XdlmsError.None, (int)response.Decode(bytes, 0, bytes.Length), hex);
            return response;
        }

        private static byte[] Encode(InitiateResponse response)
        {
            byte[] buffer = new byte[64];
            int written;
            Assert.AreEqual((int)XdlmsError.None, (int)response.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
