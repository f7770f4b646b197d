using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class XdlmsErrorResponseTests
    {
        [TestMethod]
        public void UnknownServiceTagIsServiceUnknownServiceNotSupported()
        {
            Assert.AreEqual("d80202", Respond("FF01C1"));
            ExceptionResponse exception = XdlmsErrorResponse.ExceptionFor(XdlmsVectors.Parse("FF"));
            Assert.AreEqual((int)ExceptionStateError.ServiceUnknown, (int)exception.StateError);
            Assert.AreEqual((int)ExceptionServiceError.ServiceNotSupported, (int)exception.ServiceError);
        }

        [TestMethod]
        public void UnimplementedRequestTypeIsServiceNotSupported()
        {
            Assert.AreEqual("d80102", Respond("C004C100000001"));
            Assert.AreEqual("d80102", Respond("C106C1"));
        }

        [TestMethod]
        public void UnparsableRequestsAreOtherReason()
        {
            Assert.AreEqual("d80103", Respond(""));
            Assert.AreEqual("d80103", Respond("C001C10008"));
            Assert.AreEqual("d80103", Respond(XdlmsVectors.GreenBookGetRequest + "00"));
            Assert.AreEqual("d80103", Respond("C001C1000100002B0100FF0202"));
            Assert.AreEqual("d80103", Respond("C003C18203E8"));
        }

        [TestMethod]
        public void ValuesTheCodecWillNotHoldGetTheServicesOwnResponse()
        {
            // SET of a compact-array: Set-Response-Normal type-unmatched, invoke-id echoed.
            Assert.AreEqual("c501c10c", Respond("C101C100010000600100FF0200" + "1300"));

            // ACTION parameters nested deeper than the decoder allows: Action-Response-Normal type-unmatched.
            string deep = "C301C5000F0000280000FF0101" + "0201020102010201020102010201020102010201" + "00";
            Assert.AreEqual("c701c50c00", Respond(deep));

            // GET whose selective access parameters exceed the limits: scope-of-access-violated.
            Assert.AreEqual("c401c1010d", Respond("C001C100070100630100FF020101" + "0201020102010201020102010201020102010201" + "00"));
        }

        [TestMethod]
        public void SetFirstBlockWhoseSelectiveAccessIsRejectedEndsTheSetInBlocks()
        {
            // compact-array as access parameters: Set-Response-Last-Datablock scope-of-access-violated, block 1.
            string request = "C102C5" + "00070100630100FF02" + "0102" + "1300" + "01000000010100";
            Assert.AreEqual("c503c50d00000001", Respond(request));

            // Too deep for the decoder: the same answer.
            string deep = "C102C5" + "00070100630100FF02" + "0102" + "0201020102010201020102010201020102010201" + "00" + "01000000010100";
            Assert.AreEqual("c503c50d00000001", Respond(deep));

            // A raw-data length beyond any buffer is not a value the codec refused: other-reason.
            Assert.AreEqual("d80103", Respond("C102C5" + "00070100630100FF02" + "00" + "01" + "00000001" + "847FFFFFFF"));
        }

        [TestMethod]
        public void ListAndLaterBlockRequestsGetTheException()
        {
            // A with-list SET whose value the codec will not hold: its own response would need every item's result.
            Assert.AreEqual("d80103", Respond("C104C1" + "01" + "00010000600100FF0200" + "01" + "1300"));
            Assert.AreEqual("d80103", Respond("C104C1" + "41"));
            Assert.AreEqual("d80103", Respond("C303C1" + "01" + "000F0000280000FF01" + "01" + "1300"));
            Assert.AreEqual("d80103", Respond("C103C1" + "01" + "00000002" + "05" + "0102"));
            Assert.AreEqual("d80103", Respond("C306C1" + "02" + "00000002" + "00"));
            Assert.AreEqual("d80103", Respond("C302C1" + "000000"));
            Assert.AreEqual("d80102", Respond("C307C1"));
            Assert.AreEqual("d80102", Respond("C100C1"));
        }

        [TestMethod]
        public void NothingToSendForAValidApduAndDoesNotFitForASmallBuffer()
        {
            XdlmsParseResult ok = XdlmsVectors.Parse(XdlmsVectors.GreenBookGetRequest);
            Assert.IsTrue(ok.IsOk);
            Assert.IsNull(XdlmsErrorResponse.ExceptionFor(ok));
            Assert.AreEqual(0, XdlmsErrorResponse.Encode(ok, new byte[8], 0, 8));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, XdlmsErrorResponse.Encode(XdlmsVectors.Parse("FF"), new byte[8], 0, 2));
        }

        [TestMethod]
        public void ParseResultKeepsTheHeaderOfARejectedRequest()
        {
            XdlmsParseResult result = XdlmsVectors.Parse("C101C300010000600100FF0200FE");
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)result.Result);
            Assert.AreEqual(0xC1, result.Tag);
            Assert.AreEqual(1, result.Choice);
            Assert.IsTrue(result.HasInvokeId);
            Assert.AreEqual((byte)0xC3, result.InvokeIdAndPriority);
            Assert.IsNull(result.Apdu);

            XdlmsParseResult empty = XdlmsVectors.Parse("");
            Assert.AreEqual(-1, empty.Tag);
            Assert.IsFalse(empty.HasInvokeId);

            XdlmsParseResult notification = XdlmsVectors.Parse(XdlmsVectors.U9nDataNotification);
            Assert.AreEqual(0x0F, notification.Tag);
            Assert.AreEqual(-1, notification.Choice);
            Assert.IsFalse(notification.HasInvokeId);
        }

        private static string Respond(string requestHex)
        {
            XdlmsParseResult parse = XdlmsVectors.Parse(requestHex);
            Assert.IsFalse(parse.IsOk, requestHex);
            byte[] buffer = new byte[32];
            int written = XdlmsErrorResponse.Encode(parse, buffer, 0, buffer.Length);
            Assert.IsTrue(written > 0);
            byte[] response = new byte[written];
            System.Array.Copy(buffer, 0, response, 0, written);

            // What the server sends decodes as a valid APDU.
            Assert.IsTrue(XdlmsVectors.Parse(Hex.Format(response)).IsOk);
            return Hex.Format(response);
        }
    }
}
