using Meter.Dlms.Acse;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class RlrqTests
    {
        private const int MaxUserInformation = 1024;

        [TestMethod]
        public void NormalReasonWithoutUserInformation()
        {
            Rlrq apdu = Decode(AcseVectors.U9nRlrqNormal);
            Assert.IsTrue(apdu.HasReason);
            Assert.AreEqual((int)ReleaseRequestReason.Normal, (int)apdu.Reason);
            Assert.IsNull(apdu.UserInformation);
            DlmsBytes.AreEqual(AcseVectors.U9nRlrqNormal, Encode(apdu));
        }

        [TestMethod]
        public void CipheredUserInformationIsKeptOpaque()
        {
            Rlrq apdu = Decode(AcseVectors.U9nRlrqCiphered);
            Assert.AreEqual((int)ReleaseRequestReason.Normal, (int)apdu.Reason);
            DlmsBytes.AreEqual(AcseVectors.GreenBookGloInitiateRequest, apdu.UserInformation);
            DlmsBytes.AreEqual(AcseVectors.U9nRlrqCiphered, Encode(apdu));
        }

        [TestMethod]
        public void EmptyApduHasLengthZero()
        {
            // Go DLMS client tests release with 6200: no reason, no user-information.
            Rlrq apdu = Decode("6200");
            Assert.IsFalse(apdu.HasReason);
            Assert.IsNull(apdu.UserInformation);
            DlmsBytes.AreEqual("6200", Encode(new Rlrq()));
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(120)]
        [DataRow(200)]
        [DataRow(300)]
        public void LengthsCoverExactlyTheFieldsPresent(int userInformationLength)
        {
            Rlrq original = new Rlrq();
            original.HasReason = userInformationLength % 2 == 0;
            original.Reason = ReleaseRequestReason.Urgent;
            original.UserInformation = Hex.Repeat(0x08, userInformationLength);
            byte[] encoded = Encode(original);

            int fields = (original.HasReason ? 3 : 0) + BerWriter.WrappedSize(userInformationLength);
            Assert.AreEqual(BerWriter.TlvSize(fields), encoded.Length);

            Rlrq decoded = Decode(Hex.Format(encoded));
            Assert.AreEqual(original.HasReason, decoded.HasReason);
            Assert.AreEqual(original.HasReason ? (int)ReleaseRequestReason.Urgent : (int)ReleaseRequestReason.Normal, (int)decoded.Reason);
            Assert.AreEqual(userInformationLength, decoded.UserInformation.Length);
            Assert.AreEqual(Hex.Format(encoded), Hex.Format(Encode(decoded)));
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse(AcseVectors.U9nRlrqCiphered);
            Rlrq apdu = new Rlrq();
            for (int count = 0; count < bytes.Length; count++)
            {
                Assert.AreEqual((int)AcseError.Truncated, (int)apdu.Decode(bytes, 0, count, MaxUserInformation), "prefix " + count);
            }
        }

        [TestMethod]
        [DataRow("6203800102", (int)AcseError.BadValue)]
        [DataRow("620480020000", (int)AcseError.BadValue)]
        [DataRow("6203A00100", (int)AcseError.UnexpectedTag)]
        [DataRow("6203800200", (int)AcseError.InnerLengthMismatch)]
        [DataRow("6207BE020400800100", (int)AcseError.FieldOrder)]
        [DataRow("6206800100800100", (int)AcseError.FieldOrder)]
        [DataRow("628400000003800100", (int)AcseError.UnsupportedLength)]
        [DataRow("620380010000", (int)AcseError.TrailingBytes)]
        [DataRow("62058101008200", (int)AcseError.None)]
        [DataRow("6205BE03040100", (int)AcseError.UserInformationTooLong)]
        public void MalformedApdusAreRejected(string hex, int expected)
        {
            byte[] bytes = Hex.Parse(hex);
            Rlrq apdu = new Rlrq();
            Assert.AreEqual(expected, (int)apdu.Decode(bytes, 0, bytes.Length, 0), hex);
        }

        [TestMethod]
        public void ReasonOutsideTheIntegerOctetIsNotEncoded()
        {
            Rlrq apdu = new Rlrq();
            apdu.HasReason = true;
            apdu.Reason = (ReleaseRequestReason)(-1);
            int written;
            Assert.AreEqual((int)AcseError.BadValue, (int)apdu.Encode(new byte[16], 0, out written));
            apdu.Reason = (ReleaseRequestReason)128;
            Assert.AreEqual((int)AcseError.BadValue, (int)apdu.Encode(new byte[16], 0, out written));
            apdu.HasReason = false;
            Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(new byte[16], 0, out written));
            Assert.AreEqual(2, written);
        }

        private static Rlrq Decode(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Rlrq apdu = new Rlrq();
            Assert.AreEqual((int)AcseError.None, (int)apdu.Decode(bytes, 0, bytes.Length, MaxUserInformation), hex);
            return apdu;
        }

        private static byte[] Encode(Rlrq apdu)
        {
            byte[] buffer = new byte[1024];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
