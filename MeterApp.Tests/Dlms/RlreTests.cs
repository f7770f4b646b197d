using Meter.Dlms.Acse;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class RlreTests
    {
        private const int MaxUserInformation = 1024;

        [TestMethod]
        public void NormalReasonWithoutUserInformation()
        {
            Rlre apdu = Decode(AcseVectors.U9nRlreNormal);
            Assert.IsTrue(apdu.HasReason);
            Assert.AreEqual((int)ReleaseResponseReason.Normal, (int)apdu.Reason);
            Assert.IsNull(apdu.UserInformation);
            DlmsBytes.AreEqual(AcseVectors.U9nRlreNormal, Encode(apdu));
        }

        [TestMethod]
        public void CipheredUserInformationIsKeptOpaque()
        {
            Rlre apdu = Decode(AcseVectors.U9nRlreCiphered);
            Assert.AreEqual((int)ReleaseResponseReason.Normal, (int)apdu.Reason);
            DlmsBytes.AreEqual("281F3001234567891214A0845E475714383F65BC19745CA235906525E4F3E1C893", apdu.UserInformation);
            DlmsBytes.AreEqual(AcseVectors.U9nRlreCiphered, Encode(apdu));
        }

        [TestMethod]
        public void EmptyApduHasLengthZero()
        {
            // Go DLMS client tests release with 6300: no reason, no user-information.
            Rlre apdu = Decode("6300");
            Assert.IsFalse(apdu.HasReason);
            Assert.IsNull(apdu.UserInformation);
            DlmsBytes.AreEqual("6300", Encode(new Rlre()));
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(120)]
        [DataRow(200)]
        [DataRow(300)]
        public void LengthsCoverExactlyTheFieldsPresent(int userInformationLength)
        {
            Rlre original = new Rlre();
            original.HasReason = userInformationLength % 2 == 0;
            original.Reason = ReleaseResponseReason.NotFinished;
            original.UserInformation = Hex.Repeat(0x08, userInformationLength);
            byte[] encoded = Encode(original);

            int fields = (original.HasReason ? 3 : 0) + BerWriter.WrappedSize(userInformationLength);
            Assert.AreEqual(BerWriter.TlvSize(fields), encoded.Length);

            Rlre decoded = Decode(Hex.Format(encoded));
            Assert.AreEqual(original.HasReason, decoded.HasReason);
            Assert.AreEqual(original.HasReason ? (int)ReleaseResponseReason.NotFinished : (int)ReleaseResponseReason.Normal, (int)decoded.Reason);
            Assert.AreEqual(userInformationLength, decoded.UserInformation.Length);
            Assert.AreEqual(Hex.Format(encoded), Hex.Format(Encode(decoded)));
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse(AcseVectors.U9nRlreCiphered);
            Rlre apdu = new Rlre();
            for (int count = 0; count < bytes.Length; count++)
            {
                Assert.AreEqual((int)AcseError.Truncated, (int)apdu.Decode(bytes, 0, count, MaxUserInformation), "prefix " + count);
            }
        }

        [TestMethod]
        [DataRow("6303800102", (int)AcseError.BadValue)]
        [DataRow("630480020000", (int)AcseError.BadValue)]
        [DataRow("6303A00100", (int)AcseError.UnexpectedTag)]
        [DataRow("6303800200", (int)AcseError.InnerLengthMismatch)]
        [DataRow("6307BE020400800100", (int)AcseError.FieldOrder)]
        [DataRow("6306800100800100", (int)AcseError.FieldOrder)]
        [DataRow("638400000003800100", (int)AcseError.UnsupportedLength)]
        [DataRow("630380010000", (int)AcseError.TrailingBytes)]
        [DataRow("63058101008200", (int)AcseError.None)]
        [DataRow("6305BE03040100", (int)AcseError.UserInformationTooLong)]
        public void MalformedApdusAreRejected(string hex, int expected)
        {
            byte[] bytes = Hex.Parse(hex);
            Rlre apdu = new Rlre();
            Assert.AreEqual(expected, (int)apdu.Decode(bytes, 0, bytes.Length, 0), hex);
        }

        [TestMethod]
        public void ReasonOutsideTheIntegerOctetIsNotEncoded()
        {
            Rlre apdu = new Rlre();
            apdu.HasReason = true;
            apdu.Reason = (ReleaseResponseReason)(-1);
            int written;
            Assert.AreEqual((int)AcseError.BadValue, (int)apdu.Encode(new byte[16], 0, out written));
            apdu.Reason = (ReleaseResponseReason)128;
            Assert.AreEqual((int)AcseError.BadValue, (int)apdu.Encode(new byte[16], 0, out written));
            apdu.HasReason = false;
            Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(new byte[16], 0, out written));
            Assert.AreEqual(2, written);
        }

        private static Rlre Decode(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Rlre apdu = new Rlre();
            Assert.AreEqual((int)AcseError.None, (int)apdu.Decode(bytes, 0, bytes.Length, MaxUserInformation), hex);
            return apdu;
        }

        private static byte[] Encode(Rlre apdu)
        {
            byte[] buffer = new byte[1024];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)apdu.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
