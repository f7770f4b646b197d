using Meter.Dlms.Acse;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class AarqTests
    {
        private const int MaxUserInformation = 1024;

        [TestMethod]
        public void GreenBookCipheredLlsAarqDecodesEveryFieldAndReencodes()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAarqCipheredLls);
            Aarq aarq = new Aarq();
            Assert.AreEqual((int)AcseError.None, (int)aarq.Decode(bytes, 0, bytes.Length, MaxUserInformation));

            Assert.IsFalse(aarq.HasProtocolVersion);
            Assert.AreEqual((int)ApplicationContextName.LogicalNameCiphered, (int)aarq.ApplicationContext);
            DlmsBytes.AreEqual("4D4D4D0000BC614E", aarq.CallingApTitle);
            Assert.IsNull(aarq.CallingAeQualifier);
            Assert.IsTrue(aarq.Authentication);
            Assert.IsTrue(aarq.HasMechanismName);
            Assert.AreEqual((int)MechanismName.Lls, (int)aarq.Mechanism);
            DlmsBytes.AreEqual(Hex.Format(Hex.Ascii("12345678")), aarq.CallingAuthenticationValue);
            DlmsBytes.AreEqual(AcseVectors.GreenBookGloInitiateRequest, aarq.UserInformation);

            DlmsBytes.AreEqual(AcseVectors.GreenBookAarqCipheredLls, Encode(aarq));
        }

        [TestMethod]
        [DataRow(AcseVectors.U9nAarqNoSecurity, (int)MechanismName.None, false, "", "01000000065F1F0400007E1F04B0")]
        [DataRow(AcseVectors.U9nAarqLls, (int)MechanismName.Lls, true, "3132333435363738", "01000000065F1F0400007E1F04B0")]
        [DataRow(AcseVectors.U9nAarqHlsGmac, (int)MechanismName.HlsGmac, true, "4B35366956616759", "01000000065F1F0400007E1F04B0")]
        [DataRow(AcseVectors.U9nAarqHls, (int)MechanismName.Hls, true, "3132333435363738", "01000000065F1F0400007E1FFFFF")]
        [DataRow(AcseVectors.U9nAarqEncoded, (int)MechanismName.None, false, "", "01000000065F1F0400001E1DFFFF")]
        [DataRow(AcseVectors.GoClientAarqLlsWrongPassword, (int)MechanismName.Lls, true, "3030303030303031", "01000000065F1F040000181F0100")]
        public void PublicAarqExamplesDecodeAndReencode(string hex, int mechanism, bool authenticated, string authenticationValue, string userInformation)
        {
            byte[] bytes = DlmsBytes.Embed(Hex.Parse(hex), 5);
            int count = hex.Length / 2;
            Aarq aarq = new Aarq();
            Assert.AreEqual((int)AcseError.None, (int)aarq.Decode(bytes, 5, count, MaxUserInformation));
            Assert.AreEqual((int)ApplicationContextName.LogicalName, (int)aarq.ApplicationContext);
            Assert.IsNull(aarq.CallingApTitle);
            Assert.AreEqual(authenticated, aarq.Authentication);
            Assert.AreEqual(authenticated, aarq.HasMechanismName);
            Assert.AreEqual(mechanism, (int)aarq.Mechanism);
            if (authenticationValue.Length == 0)
            {
                Assert.IsNull(aarq.CallingAuthenticationValue);
            }
            else
            {
                DlmsBytes.AreEqual(authenticationValue, aarq.CallingAuthenticationValue);
            }

            DlmsBytes.AreEqual(userInformation, aarq.UserInformation);
            DlmsBytes.AreEqual(hex, Encode(aarq));
        }

        [TestMethod]
        public void EveryCombinationOfOptionalFieldsRoundTrips()
        {
            for (int mask = 0; mask < 64; mask++)
            {
                Aarq original = new Aarq();
                original.HasProtocolVersion = (mask & 1) != 0;
                original.ApplicationContext = (mask & 2) != 0 ? ApplicationContextName.ShortNameCiphered : ApplicationContextName.LogicalName;
                original.CallingApTitle = (mask & 4) != 0 ? Hex.Parse("4D4D4D0000000001") : null;
                original.CallingAeQualifier = (mask & 8) != 0 ? Hex.Repeat(0x30, 140) : null;
                original.Authentication = (mask & 16) != 0;
                original.HasMechanismName = (mask & 16) != 0;
                original.Mechanism = (mask & 16) != 0 ? MechanismName.HlsEcdsa : MechanismName.None;
                original.CallingAuthenticationValue = (mask & 16) != 0 ? Hex.Ascii("K56iVagY") : null;
                original.UserInformation = (mask & 32) != 0 ? Hex.Repeat(0x01, 300) : null;

                byte[] encoded = Encode(original);
                Aarq decoded = new Aarq();
                Assert.AreEqual((int)AcseError.None, (int)decoded.Decode(encoded, 0, encoded.Length, MaxUserInformation), "mask " + mask);
                Assert.AreEqual(original.HasProtocolVersion, decoded.HasProtocolVersion);
                Assert.AreEqual((int)original.ApplicationContext, (int)decoded.ApplicationContext);
                Assert.AreEqual(original.CallingApTitle == null, decoded.CallingApTitle == null);
                Assert.AreEqual(original.CallingAeQualifier == null, decoded.CallingAeQualifier == null);
                Assert.AreEqual(original.Authentication, decoded.Authentication);
                Assert.AreEqual(original.HasMechanismName, decoded.HasMechanismName);
                Assert.AreEqual((int)original.Mechanism, (int)decoded.Mechanism);
                Assert.AreEqual(original.CallingAuthenticationValue == null, decoded.CallingAuthenticationValue == null);
                Assert.AreEqual(original.UserInformation == null, decoded.UserInformation == null);
                Assert.AreEqual(Hex.Format(encoded), Hex.Format(Encode(decoded)), "mask " + mask);
            }
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAarqCipheredLls);
            Aarq aarq = new Aarq();
            for (int count = 0; count < bytes.Length; count++)
            {
                Assert.AreEqual((int)AcseError.Truncated, (int)aarq.Decode(bytes, 0, count, MaxUserInformation), "prefix " + count);
                Assert.IsNull(aarq.UserInformation);
            }
        }

        [TestMethod]
        public void InnerLengthLargerThanOuterIsRejected()
        {
            // The AP-title's octet string claims 9 bytes inside its 10-byte container.
            Decodes(AcseError.InnerLengthMismatch, "6066A109060760857405080103A60A04094D4D4D0000BC614E8A0207808B0760857405080201AC0A80083132333435363738BE34043221303001234567801302FF8A7874133D414CED25B42534D28DB0047720606B175BD52211BE6841DB204D39EE6FDB8E356855");

            // user-information [30] claims more bytes than the AARQ has left.
            Decodes(AcseError.InnerLengthMismatch, "6014A109060760857405080101BE1004050102030405");

            // The octet string inside user-information is shorter than its container.
            Decodes(AcseError.InnerLengthMismatch, "6014A109060760857405080101BE07040401000000FF");
        }

        [TestMethod]
        public void UnknownAndUnusedContextTagsAreSkipped()
        {
            // called-AP-title [2], called-AP-invocation-id [4] (unused by DLMS) and implementation-information [29]:
            // skipped, as the ACSE-1 extension markers require; they are not re-encoded.
            byte[] bytes = Hex.Parse("602CA109060760857405080101A2040602880FA4030201019D024142BE10040E01000000065F1F0400007E1F04B0");
            Aarq aarq = new Aarq();
            Assert.AreEqual((int)AcseError.None, (int)aarq.Decode(bytes, 0, bytes.Length, MaxUserInformation));
            DlmsBytes.AreEqual("01000000065F1F0400007E1F04B0", aarq.UserInformation);
            DlmsBytes.AreEqual(AcseVectors.U9nAarqNoSecurity, Encode(aarq));
        }

        [TestMethod]
        public void FieldsOutOfOrderDuplicatedOrNotContextSpecificAreRejected()
        {
            Decodes(AcseError.FieldOrder, "601DBE10040E01000000065F1F0400007E1F04B0A109060760857405080101");
            Decodes(AcseError.FieldOrder, "6016A109060760857405080101A109060760857405080101");
            Decodes(AcseError.UnexpectedTag, "600DA1090607608574050801010400");
            Decodes(AcseError.UnexpectedTag, "6102A100");
        }

        [TestMethod]
        public void LongFormLengthOfFourOctetsIsRejected()
        {
            Decodes(AcseError.UnsupportedLength, "60840000000BA109060760857405080101");
            Decodes(AcseError.UnsupportedLength, "600FA18400000009060760857405080101");
        }

        [TestMethod]
        [DataRow("6082000CA18109060760857405080101")]
        [DataRow("6082000DA1820009060760857405080101")]
        [DataRow("60810BA109060760857405080101")]
        public void LongFormLengthsAreAccepted(string hex)
        {
            // 0x81 and 0x82 forms, even where not minimal (BER allows it); encoding is minimal.
            byte[] bytes = Hex.Parse(hex);
            Aarq aarq = new Aarq();
            Assert.AreEqual((int)AcseError.None, (int)aarq.Decode(bytes, 0, bytes.Length, MaxUserInformation));
            DlmsBytes.AreEqual("600BA109060760857405080101", Encode(aarq));
        }

        [TestMethod]
        [DataRow("600BA109060760857405080105")]
        [DataRow("600BA109060760857405080100")]
        [DataRow("600BA109060760857405080201")]
        [DataRow("600BA109060760857405090101")]
        [DataRow("600AA1080606608574050801")]
        public void WrongApplicationContextIsUnsupported(string hex)
        {
            Decodes(AcseError.UnsupportedApplicationContext, hex);
        }

        [TestMethod]
        public void MissingApplicationContextIsRejected()
        {
            Decodes(AcseError.MissingField, "600D8A0207808B0760857405080201");
            Decodes(AcseError.MissingField, "6000");
        }

        [TestMethod]
        [DataRow("6014A1090607608574050801018B0760857405080208")]
        [DataRow("6014A1090607608574050801018B0760857405080105")]
        [DataRow("6013A1090607608574050801018B06608574050802")]
        public void UnknownMechanismNameIsUnsupported(string hex)
        {
            Decodes(AcseError.UnsupportedMechanismName, hex);
        }

        [TestMethod]
        public void OversizeUserInformationIsRejected()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAarqCipheredLls);
            Aarq aarq = new Aarq();
            Assert.AreEqual((int)AcseError.None, (int)aarq.Decode(bytes, 0, bytes.Length, 0x32));
            Assert.AreEqual((int)AcseError.UserInformationTooLong, (int)aarq.Decode(bytes, 0, bytes.Length, 0x31));
            Assert.IsNull(aarq.CallingApTitle);
        }

        [TestMethod]
        public void MalformedFieldValuesAreRejected()
        {
            // AP-title of 7 octets (system titles are 8).
            Decodes(AcseError.BadValue, "6016A109060760857405080103A60904074D4D4D0000BC61");

            // calling-authentication-value as bit-string [1] instead of charstring [0].
            Decodes(AcseError.UnexpectedTag, "6011A109060760857405080101AC0481020041");

            // application-context-name in primitive form.
            Decodes(AcseError.UnexpectedTag, "600B8109060760857405080101");

            // protocol-version without version1, and a bit string with more than 7 unused bits.
            Decodes(AcseError.UnsupportedProtocolVersion, "600F80020700A109060760857405080101");
            Decodes(AcseError.BadValue, "600F80020880A109060760857405080101");

            // Bytes after the APDU.
            Decodes(AcseError.TrailingBytes, AcseVectors.U9nAarqNoSecurity + "00");

            // Wrong APDU tag.
            Decodes(AcseError.UnexpectedTag, "611DA109060760857405080101BE10040E01000000065F1F0400007E1F04B0");
        }

        [TestMethod]
        public void EncodingIntoAShortBufferFailsWithoutWriting()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAarqCipheredLls);
            Aarq aarq = new Aarq();
            aarq.Decode(bytes, 0, bytes.Length, MaxUserInformation);
            for (int size = 0; size < bytes.Length; size++)
            {
                byte[] buffer = new byte[size];
                int written;
                Assert.AreEqual((int)AcseError.BufferTooSmall, (int)aarq.Encode(buffer, 0, out written));
                Assert.AreEqual(0, written);
            }

            byte[] offsetBuffer = new byte[bytes.Length + 3];
            int count;
            Assert.AreEqual((int)AcseError.None, (int)aarq.Encode(offsetBuffer, 3, out count));
            Assert.AreEqual(bytes.Length, count);
            byte[] encoded = new byte[count];
            System.Array.Copy(offsetBuffer, 3, encoded, 0, count);
            Assert.AreEqual(Hex.Format(bytes), Hex.Format(encoded));
            Assert.AreEqual((int)AcseError.BufferTooSmall, (int)aarq.Encode(offsetBuffer, 4, out count));
        }

        [TestMethod]
        public void UserInformationBeyondTheLongestLengthFormIsTooLong()
        {
            Aarq aarq = new Aarq();
            aarq.UserInformation = new byte[0xFFFF];
            int written;
            Assert.AreEqual((int)AcseError.ValueTooLong, (int)aarq.Encode(new byte[0x10100], 0, out written));
        }

        [TestMethod]
        public void ValuesTheDecoderWouldRejectAreNotEncoded()
        {
            int written;
            Aarq aarq = new Aarq();
            aarq.ApplicationContext = (ApplicationContextName)5;
            Assert.AreEqual((int)AcseError.BadValue, (int)aarq.Encode(new byte[64], 0, out written));
            aarq.ApplicationContext = ApplicationContextName.LogicalName;
            aarq.HasMechanismName = true;
            aarq.Mechanism = (MechanismName)8;
            Assert.AreEqual((int)AcseError.BadValue, (int)aarq.Encode(new byte[64], 0, out written));
            aarq.Mechanism = MechanismName.HlsGmac;
            aarq.CallingApTitle = new byte[7];
            Assert.AreEqual((int)AcseError.BadValue, (int)aarq.Encode(new byte[64], 0, out written));
            aarq.CallingApTitle = new byte[8];
            Assert.AreEqual((int)AcseError.None, (int)aarq.Encode(new byte[64], 0, out written));
        }

        private static void Decodes(AcseError expected, string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Aarq aarq = new Aarq();
            Assert.AreEqual((int)expected, (int)aarq.Decode(bytes, 0, bytes.Length, MaxUserInformation), hex);
        }

        private static byte[] Encode(Aarq aarq)
        {
            byte[] buffer = new byte[1024];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)aarq.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
