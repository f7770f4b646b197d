using Meter.Dlms.Acse;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class AareTests
    {
        private const int MaxUserInformation = 1024;

        [TestMethod]
        public void GreenBookHlsGmacAareDecodesEveryFieldAndReencodes()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAareHlsGmac);
            Aare aare = new Aare();
            Assert.AreEqual((int)AcseError.None, (int)aare.Decode(bytes, 0, bytes.Length, MaxUserInformation));

            Assert.IsFalse(aare.HasProtocolVersion);
            Assert.AreEqual((int)ApplicationContextName.LogicalName, (int)aare.ApplicationContext);
            Assert.AreEqual((int)AssociationResult.Accepted, (int)aare.Result);
            Assert.AreEqual((int)DiagnosticSource.ServiceUser, (int)aare.DiagnosticSource);
            Assert.AreEqual((int)AcseServiceUserDiagnostic.AuthenticationRequired, aare.Diagnostic);
            Assert.IsNull(aare.RespondingApTitle);
            Assert.IsNull(aare.RespondingAeQualifier);
            Assert.IsTrue(aare.Authentication);
            Assert.IsTrue(aare.HasMechanismName);
            Assert.AreEqual((int)MechanismName.HlsGmac, (int)aare.Mechanism);
            DlmsBytes.AreEqual(Hex.Format(Hex.Ascii("P6wRJ21F")), aare.RespondingAuthenticationValue);
            DlmsBytes.AreEqual("0800065F1F040000501F01F40007", aare.UserInformation);

            DlmsBytes.AreEqual(AcseVectors.GreenBookAareHlsGmac, Encode(aare));
        }

        [TestMethod]
        [DataRow(AcseVectors.U9nAareAccepted, (int)AssociationResult.Accepted, (int)AcseServiceUserDiagnostic.Null, "0800065F1F040000501F01F40007")]
        [DataRow(AcseVectors.U9nAareContextRejected, (int)AssociationResult.RejectedPermanent, (int)AcseServiceUserDiagnostic.ApplicationContextNameNotSupported, "0800065F1F040000501F01F40007")]
        [DataRow(AcseVectors.U9nAareVersionTooLow, (int)AssociationResult.RejectedPermanent, (int)AcseServiceUserDiagnostic.NoReasonGiven, "0E010601")]
        [DataRow(AcseVectors.U9nAareConformance, (int)AssociationResult.Accepted, (int)AcseServiceUserDiagnostic.Null, "0800065F1F0400001E1D04C80007")]
        [DataRow(AcseVectors.GoClientAareAuthenticationFailure, (int)AssociationResult.RejectedPermanent, (int)AcseServiceUserDiagnostic.AuthenticationFailure, "0800065F1F040000101400800007")]
        public void PublicAareExamplesDecodeAndReencode(string hex, int result, int diagnostic, string userInformation)
        {
            byte[] bytes = DlmsBytes.Embed(Hex.Parse(hex), 2);
            Aare aare = new Aare();
            Assert.AreEqual((int)AcseError.None, (int)aare.Decode(bytes, 2, hex.Length / 2, MaxUserInformation));
            Assert.AreEqual((int)ApplicationContextName.LogicalName, (int)aare.ApplicationContext);
            Assert.AreEqual(result, (int)aare.Result);
            Assert.AreEqual((int)DiagnosticSource.ServiceUser, (int)aare.DiagnosticSource);
            Assert.AreEqual(diagnostic, aare.Diagnostic);
            Assert.IsFalse(aare.Authentication);
            Assert.IsFalse(aare.HasMechanismName);
            Assert.IsNull(aare.RespondingAuthenticationValue);
            DlmsBytes.AreEqual(userInformation, aare.UserInformation);
            DlmsBytes.AreEqual(hex, Encode(aare));
        }

        [TestMethod]
        public void AareWithRespondingApTitleDecodesAndReencodes()
        {
            byte[] bytes = Hex.Parse(AcseVectors.CosemPduAareWithApTitle);
            Aare aare = new Aare();
            Assert.AreEqual((int)AcseError.None, (int)aare.Decode(bytes, 0, bytes.Length, MaxUserInformation));
            DlmsBytes.AreEqual("4B464D677000000C", aare.RespondingApTitle);
            DlmsBytes.AreEqual("0800065F1F040000101904C80007", aare.UserInformation);
            DlmsBytes.AreEqual(AcseVectors.CosemPduAareWithApTitle, Encode(aare));
        }

        [TestMethod]
        public void HlsMd5AareWithSixteenOctetChallengeDecodesAndReencodes()
        {
            byte[] bytes = Hex.Parse(AcseVectors.ConnexoAareHlsMd5);
            Aare aare = new Aare();
            Assert.AreEqual((int)AcseError.None, (int)aare.Decode(bytes, 0, bytes.Length, MaxUserInformation));
            Assert.AreEqual((int)MechanismName.HlsMd5, (int)aare.Mechanism);
            Assert.AreEqual(16, aare.RespondingAuthenticationValue.Length);
            DlmsBytes.AreEqual(AcseVectors.ConnexoAareHlsMd5, Encode(aare));
        }

        [TestMethod]
        public void EveryCombinationOfOptionalFieldsRoundTrips()
        {
            for (int mask = 0; mask < 128; mask++)
            {
                Aare original = new Aare();
                original.HasProtocolVersion = (mask & 1) != 0;
                original.ApplicationContext = (mask & 2) != 0 ? ApplicationContextName.LogicalNameCiphered : ApplicationContextName.ShortName;
                original.Result = (mask & 2) != 0 ? AssociationResult.RejectedTransient : AssociationResult.Accepted;
                original.DiagnosticSource = (mask & 64) != 0 ? DiagnosticSource.ServiceProvider : DiagnosticSource.ServiceUser;
                original.Diagnostic = (mask & 64) != 0 ? (int)AcseServiceProviderDiagnostic.NoCommonAcseVersion : (int)AcseServiceUserDiagnostic.AuthenticationRequired;
                original.RespondingApTitle = (mask & 4) != 0 ? Hex.Parse("4D4D4D0000BC614E") : null;
                original.RespondingAeQualifier = (mask & 8) != 0 ? Hex.Repeat(0x30, 200) : null;
                original.Authentication = (mask & 16) != 0;
                original.HasMechanismName = (mask & 16) != 0;
                original.Mechanism = (mask & 16) != 0 ? MechanismName.HlsSha256 : MechanismName.None;
                original.RespondingAuthenticationValue = (mask & 16) != 0 ? Hex.Repeat(0x41, 64) : null;
                original.UserInformation = (mask & 32) != 0 ? Hex.Parse("0800065F1F040000501F01F40007") : null;

                byte[] encoded = Encode(original);
                Aare decoded = new Aare();
                Assert.AreEqual((int)AcseError.None, (int)decoded.Decode(encoded, 0, encoded.Length, MaxUserInformation), "mask " + mask);
                Assert.AreEqual(original.HasProtocolVersion, decoded.HasProtocolVersion);
                Assert.AreEqual((int)original.ApplicationContext, (int)decoded.ApplicationContext);
                Assert.AreEqual((int)original.Result, (int)decoded.Result);
                Assert.AreEqual((int)original.DiagnosticSource, (int)decoded.DiagnosticSource);
                Assert.AreEqual(original.Diagnostic, decoded.Diagnostic);
                Assert.AreEqual(original.RespondingApTitle == null, decoded.RespondingApTitle == null);
                Assert.AreEqual(original.RespondingAeQualifier == null, decoded.RespondingAeQualifier == null);
                Assert.AreEqual(original.Authentication, decoded.Authentication);
                Assert.AreEqual((int)original.Mechanism, (int)decoded.Mechanism);
                Assert.AreEqual(original.RespondingAuthenticationValue == null, decoded.RespondingAuthenticationValue == null);
                Assert.AreEqual(original.UserInformation == null, decoded.UserInformation == null);
                Assert.AreEqual(Hex.Format(encoded), Hex.Format(Encode(decoded)), "mask " + mask);
            }
        }

        [TestMethod]
        public void EveryPrefixIsTruncated()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAareHlsGmac);
            Aare aare = new Aare();
            for (int count = 0; count < bytes.Length; count++)
            {
                Assert.AreEqual((int)AcseError.Truncated, (int)aare.Decode(bytes, 0, count, MaxUserInformation), "prefix " + count);
            }
        }

        [TestMethod]
        public void MandatoryFieldsMustBePresent()
        {
            // No result-source-diagnostic; no result; no application-context-name.
            Decodes(AcseError.MissingField, "6110A109060760857405080101A203020100");
            Decodes(AcseError.MissingField, "6112A109060760857405080101A305A103020100");
            Decodes(AcseError.MissingField, "610CA203020100A305A103020100");
        }

        [TestMethod]
        public void MalformedResultAndDiagnosticAreRejected()
        {
            // result 3 does not exist; a two-octet INTEGER; diagnostic CHOICE [3]; inner INTEGER overruns.
            Decodes(AcseError.BadValue, "6117A109060760857405080101A203020103A305A103020100");
            Decodes(AcseError.BadValue, "6118A109060760857405080101A20402020000A305A103020100");
            Decodes(AcseError.UnexpectedTag, "6117A109060760857405080101A203020100A305A303020100");
            Decodes(AcseError.InnerLengthMismatch, "6117A109060760857405080101A203020100A305A104020100");
            Decodes(AcseError.InnerLengthMismatch, "6117A109060760857405080101A203020100A305A102020100");
        }

        [TestMethod]
        public void UnusedContextTagsAreSkippedAndLongLengthFormsRejected()
        {
            // responding-AP-invocation-id [6] and implementation-information [29] are skipped.
            Decodes(AcseError.None, "611FA109060760857405080101A203020100A305A103020100A60302010F9D0141");
            Decodes(AcseError.UnsupportedLength, "61840000001EA109060760857405080101A203020100A305A103020100");
            Decodes(AcseError.UnsupportedApplicationContext, "6117A109060760857405080109A203020100A305A103020100");
        }

        [TestMethod]
        public void OversizeUserInformationIsRejected()
        {
            byte[] bytes = Hex.Parse(AcseVectors.GreenBookAareHlsGmac);
            Aare aare = new Aare();
            Assert.AreEqual((int)AcseError.UserInformationTooLong, (int)aare.Decode(bytes, 0, bytes.Length, 13));
            Assert.AreEqual((int)AcseError.None, (int)aare.Decode(bytes, 0, bytes.Length, 14));
        }

        [TestMethod]
        public void OutOfRangeValuesAreNotEncoded()
        {
            Aare aare = new Aare();
            aare.Diagnostic = 128;
            int written;
            Assert.AreEqual((int)AcseError.BadValue, (int)aare.Encode(new byte[64], 0, out written));
            aare.Diagnostic = 0;
            aare.Result = (AssociationResult)3;
            Assert.AreEqual((int)AcseError.BadValue, (int)aare.Encode(new byte[64], 0, out written));
            aare.Result = AssociationResult.Accepted;
            aare.DiagnosticSource = (DiagnosticSource)0;
            Assert.AreEqual((int)AcseError.BadValue, (int)aare.Encode(new byte[64], 0, out written));
            aare.DiagnosticSource = DiagnosticSource.ServiceUser;
            aare.RespondingApTitle = new byte[9];
            Assert.AreEqual((int)AcseError.BadValue, (int)aare.Encode(new byte[64], 0, out written));
            aare.RespondingApTitle = null;
            Assert.AreEqual((int)AcseError.BufferTooSmall, (int)aare.Encode(new byte[24], 0, out written));
            Assert.AreEqual((int)AcseError.None, (int)aare.Encode(new byte[25], 0, out written));
            Assert.AreEqual(25, written);
        }

        private static void Decodes(AcseError expected, string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Aare aare = new Aare();
            Assert.AreEqual((int)expected, (int)aare.Decode(bytes, 0, bytes.Length, MaxUserInformation), hex);
        }

        private static byte[] Encode(Aare aare)
        {
            byte[] buffer = new byte[1024];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)aare.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }
    }
}
