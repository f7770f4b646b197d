using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ConfirmedServiceErrorTests
    {
        [TestMethod]
        public void DlmsVersionTooLowFromPublicAare()
        {
            // user-information of u9n/dlms-cosem test_aare.py test_no_cipher_no_security_incorrect_dlms_version.
            byte[] bytes = Hex.Parse("0E010601");
            ConfirmedServiceError error = new ConfirmedServiceError();
            Assert.AreEqual((int)XdlmsError.None, (int)error.Decode(bytes, 0, bytes.Length));
            Assert.AreEqual(ConfirmedServiceError.InitiateErrorService, error.Service);
            Assert.AreEqual(ConfirmedServiceError.InitiateErrorKind, error.ErrorKind);
            Assert.AreEqual((byte)InitiateError.DlmsVersionTooLow, error.Value);
            DlmsBytes.AreEqual("0E010601", Encode(error));
        }

        [TestMethod]
        [DataRow((int)InitiateError.Other, "0E010600")]
        [DataRow((int)InitiateError.DlmsVersionTooLow, "0E010601")]
        [DataRow((int)InitiateError.IncompatibleConformance, "0E010602")]
        [DataRow((int)InitiateError.PduSizeTooShort, "0E010603")]
        [DataRow((int)InitiateError.RefusedByTheVdeHandler, "0E010604")]
        public void InitiateErrorsEncode(int initiateError, string expected)
        {
            DlmsBytes.AreEqual(expected, Encode(ConfirmedServiceError.ForInitiate((InitiateError)initiateError)));
        }

        [TestMethod]
        [DataRow("", (int)XdlmsError.Truncated)]
        [DataRow("0E", (int)XdlmsError.Truncated)]
        [DataRow("0E0106", (int)XdlmsError.Truncated)]
        [DataRow("0E01060100", (int)XdlmsError.TrailingBytes)]
        [DataRow("0F010601", (int)XdlmsError.UnexpectedTag)]
        [DataRow("0E000601", (int)XdlmsError.BadValue)]
        [DataRow("0E140601", (int)XdlmsError.BadValue)]
        [DataRow("0E010B01", (int)XdlmsError.BadValue)]
        [DataRow("0E060503", (int)XdlmsError.None)]
        public void DecodeChecksEveryOctet(string hex, int expected)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(expected, (int)new ConfirmedServiceError().Decode(bytes, 0, bytes.Length), hex);
        }

        [TestMethod]
        public void EncodeNeedsFourOctets()
        {
            int written;
            Assert.AreEqual((int)XdlmsError.BufferTooSmall, (int)new ConfirmedServiceError().Encode(new byte[5], 2, out written));
            Assert.AreEqual((int)XdlmsError.None, (int)new ConfirmedServiceError().Encode(new byte[6], 2, out written));
            Assert.AreEqual(4, written);
        }

        private static byte[] Encode(ConfirmedServiceError error)
        {
            byte[] buffer = new byte[8];
            int written;
            Assert.AreEqual((int)XdlmsError.None, (int)error.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
