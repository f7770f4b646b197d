using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class InitiateRequestTests
    {
        [TestMethod]
        public void GreenBookPlaintextWithDedicatedKeyDecodesAndReencodes()
        {
            InitiateRequest request = Decode(AcseVectors.GreenBookInitiateRequestPlain);
            DlmsBytes.AreEqual("00112233445566778899AABBCCDDEEFF", request.DedicatedKey);
            Assert.IsTrue(request.ResponseAllowed);
            Assert.IsFalse(request.HasProposedQualityOfService);
            Assert.AreEqual((byte)6, request.ProposedDlmsVersion);
            Assert.AreEqual(0x007E1F, (int)request.ProposedConformance);
            Assert.AreEqual(1200, request.ClientMaxReceivePduSize);
            DlmsBytes.AreEqual(AcseVectors.GreenBookInitiateRequestPlain, Encode(request));
        }

        [TestMethod]
        [DataRow("01000000065F1F0400007E1F04B0", 0x007E1F, 1200)]
        [DataRow("01000000065F1F0400001E1DFFFF", 0x001E1D, 65535)]
        [DataRow("01000000065F1F040000181F0100", 0x00181F, 256)]
        public void PublicPlainRequestsDecodeAndReencode(string hex, int conformance, int pduSize)
        {
            // From the u9n/dlms-cosem and Go client AARQ user-information fields above.
            InitiateRequest request = Decode(hex);
            Assert.IsNull(request.DedicatedKey);
            Assert.IsTrue(request.ResponseAllowed);
            Assert.AreEqual(conformance, (int)request.ProposedConformance);
            Assert.AreEqual(pduSize, request.ClientMaxReceivePduSize);
            DlmsBytes.AreEqual(hex, Encode(request));
        }

        [TestMethod]
        public void EveryOptionalFieldRoundTrips()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                InitiateRequest original = new InitiateRequest();
                original.DedicatedKey = (mask & 1) != 0 ? Hex.Repeat(0xA5, 32) : null;
                original.ResponseAllowed = (mask & 2) == 0;
                original.HasProposedQualityOfService = (mask & 4) != 0;
                original.ProposedQualityOfService = (sbyte)((mask & 4) != 0 ? -3 : 0);
                original.ProposedConformance = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.GeneralProtection;
                original.ClientMaxReceivePduSize = 0xFFFF;

                byte[] encoded = Encode(original);
                InitiateRequest decoded = Decode(Hex.Format(encoded));
                Assert.AreEqual(original.DedicatedKey == null, decoded.DedicatedKey == null);
                Assert.AreEqual(original.ResponseAllowed, decoded.ResponseAllowed);
                Assert.AreEqual(original.HasProposedQualityOfService, decoded.HasProposedQualityOfService);
                Assert.AreEqual(original.ProposedQualityOfService, decoded.ProposedQualityOfService);
                Assert.AreEqual((int)original.ProposedConformance, (int)decoded.ProposedConformance);
                Assert.AreEqual(Hex.Format(encoded), Hex.Format(Encode(decoded)));
            }
        }

        [TestMethod]
        public void ResponseAllowedFalseAndQualityOfServiceEncodeExplicitly()
        {
            InitiateRequest request = new InitiateRequest();
            request.ResponseAllowed = false;
            request.HasProposedQualityOfService = true;
            request.ProposedQualityOfService = 1;
            request.ProposedConformance = Conformance.Get;
            request.ClientMaxReceivePduSize = 512;
            DlmsBytes.AreEqual("010001000101065F1F04000000100200", Encode(request));
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookInitiateRequestPlain);
            InitiateRequest request = new InitiateRequest();
            for (int count = 0; count < bytes.Length; count++)
            {
                Assert.AreEqual((int)XdlmsError.Truncated, (int)request.Decode(bytes, 0, count), "prefix " + count);
            }
        }

        [TestMethod]
        [DataRow("08000000065F1F0400007E1F04B0", (int)XdlmsError.UnexpectedTag)]
        [DataRow("01020000065F1F0400007E1F04B0", (int)XdlmsError.BadValue)]
        [DataRow("0101080011223344556677880000065F1F0400007E1F04B0", (int)XdlmsError.BadValue)]
        [DataRow("01000200065F1F0400007E1F04B0", (int)XdlmsError.BadValue)]
        [DataRow("01000002065F1F0400007E1F04B0", (int)XdlmsError.BadValue)]
        [DataRow("01000000065F1E0400007E1F04B0", (int)XdlmsError.UnexpectedTag)]
        [DataRow("01000000065F1F0300007E1F04B0", (int)XdlmsError.UnexpectedTag)]
        [DataRow("01000000065F1F0401007E1F04B0", (int)XdlmsError.UnexpectedTag)]
        [DataRow("01000000065F1F0400007E1F04B000", (int)XdlmsError.TrailingBytes)]
        public void MalformedRequestsAreRejected(string hex, int expected)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(expected, (int)new InitiateRequest().Decode(bytes, 0, bytes.Length), hex);
        }

        [TestMethod]
        public void InvalidFieldsAreNotEncoded()
        {
            InitiateRequest request = new InitiateRequest();
            int written;
            request.DedicatedKey = new byte[15];
            Assert.AreEqual((int)XdlmsError.BadValue, (int)request.Encode(new byte[64], 0, out written));
            request.DedicatedKey = null;
            request.ClientMaxReceivePduSize = 0x10000;
            Assert.AreEqual((int)XdlmsError.BadValue, (int)request.Encode(new byte[64], 0, out written));
            request.ClientMaxReceivePduSize = 0xFFFF;
            Assert.AreEqual((int)XdlmsError.BufferTooSmall, (int)request.Encode(new byte[13], 0, out written));
            Assert.AreEqual((int)XdlmsError.None, (int)request.Encode(new byte[14], 0, out written));
            Assert.AreEqual(14, written);
        }

        private static InitiateRequest Decode(string hex)
        {
            byte[] bytes = DlmsBytes.Embed(Hex.Parse(hex), 1);
            InitiateRequest request = new InitiateRequest();
            Assert.AreEqual((int)XdlmsError.None, (int)request.Decode(bytes, 1, hex.Length / 2), hex);
            return request;
        }

        private static byte[] Encode(InitiateRequest request)
        {
            byte[] buffer = new byte[128];
            int written;
            Assert.AreEqual((int)XdlmsError.None, (int)request.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
