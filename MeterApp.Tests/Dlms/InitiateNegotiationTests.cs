using System;
using Meter.Dlms.Xdlms;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class InitiateNegotiationTests
    {
        private const Conformance ServerLn = Conformance.BlockTransferWithGetOrRead | Conformance.Get | Conformance.Set
            | Conformance.SelectiveAccess | Conformance.Action | Conformance.GeneralProtection;

        [TestMethod]
        public void NegotiatedConformanceIsTheIntersection()
        {
            InitiateRequest request = Request(6, (Conformance)0x007E1F, 1200);
            InitiateResponse response = new InitiateResponse();
            InitiateError error;
            Assert.IsTrue(InitiateNegotiation.Negotiate(request, ServerLn, 1024, response, out error));
            Conformance expected = Conformance.BlockTransferWithGetOrRead | Conformance.Get | Conformance.Set
                | Conformance.SelectiveAccess | Conformance.Action;
            Assert.AreEqual((int)expected, (int)response.NegotiatedConformance);
            Assert.AreEqual((byte)6, response.NegotiatedDlmsVersion);
            Assert.AreEqual(1024, response.ServerMaxReceivePduSize);
            Assert.AreEqual(InitiateResponse.LogicalNameVaa, response.VaaName);
            Assert.IsFalse(response.HasNegotiatedQualityOfService);
        }

        [TestMethod]
        [DataRow(5, 0x00001F, 1200, (int)InitiateError.DlmsVersionTooLow)]
        [DataRow(0, 0x00001F, 1200, (int)InitiateError.DlmsVersionTooLow)]
        [DataRow(6, 0x180000, 1200, (int)InitiateError.IncompatibleConformance)]
        [DataRow(6, 0x000000, 1200, (int)InitiateError.IncompatibleConformance)]
        [DataRow(6, 0x00001F, 11, (int)InitiateError.PduSizeTooShort)]
        [DataRow(6, 0x00001F, 0, (int)InitiateError.PduSizeTooShort)]
        public void RefusedRequestsNameTheInitiateError(int version, int conformance, int pduSize, int expected)
        {
            InitiateError error;
            Assert.IsFalse(InitiateNegotiation.Negotiate(Request((byte)version, (Conformance)conformance, pduSize), ServerLn, 1024, new InitiateResponse(), out error));
            Assert.AreEqual(expected, (int)error);
        }

        [TestMethod]
        [DataRow(6, 12)]
        [DataRow(7, 65535)]
        public void BoundaryRequestsAreAccepted(int version, int pduSize)
        {
            InitiateError error;
            InitiateResponse response = new InitiateResponse();
            Assert.IsTrue(InitiateNegotiation.Negotiate(Request((byte)version, Conformance.Get, pduSize), ServerLn, 65535, response, out error));
            Assert.AreEqual((byte)6, response.NegotiatedDlmsVersion);
            Assert.AreEqual((int)Conformance.Get, (int)response.NegotiatedConformance);
        }

        [TestMethod]
        public void ServerPduSizeOutsideTheProtocolRangeIsAProgrammingError()
        {
            InitiateError error;
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => InitiateNegotiation.Negotiate(Request(6, Conformance.Get, 1200), ServerLn, 11, new InitiateResponse(), out error));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => InitiateNegotiation.Negotiate(Request(6, Conformance.Get, 1200), ServerLn, 65536, new InitiateResponse(), out error));
        }

        [TestMethod]
        [DataRow(1200, 1024, 1024)]
        [DataRow(500, 1024, 500)]
        [DataRow(65535, 70000, 65535)]
        [DataRow(5, 1024, 12)]
        public void SendPduSizeIsTheBoundedMinimum(int peer, int own, int expected)
        {
            Assert.AreEqual(expected, InitiateNegotiation.SendPduSize(peer, own));
        }

        private static InitiateRequest Request(byte version, Conformance conformance, int pduSize)
        {
            InitiateRequest request = new InitiateRequest();
            request.ProposedDlmsVersion = version;
            request.ProposedConformance = conformance;
            request.ClientMaxReceivePduSize = pduSize;
            return request;
        }
    }
}
