using Meter.Dlms.Acse;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>AARQ rejections with their result-source-diagnostic, InitiateRequest refusals, RLRQ/RLRE (Green Book ed. 9, 9.3.2-9.3.3).</summary>
    [TestClass]
    public class ServerAcseTests
    {
        private const Conformance Offered = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.BlockTransferWithGetOrRead;
        private const string PublicAarq = "601DA109060760857405080101BE10040E01000000065F1F0400007E1F04B0";

        [TestMethod]
        public void WrongApplicationContextIsNotSupported()
        {
            ServerRig rig = new ServerRig(230);
            Aarq ciphered = new Aarq();
            ciphered.ApplicationContext = ApplicationContextName.LogicalNameCiphered;
            ciphered.UserInformation = ServerClient.InitiateRequest(Offered, 1024);

            // rejected-permanent, acse-service-user application-context-name-not-supported, our context.
            DlmsBytes.AreEqual("6117A109060760857405080101A203020101A305A103020102", rig.PublicClient().Exchange(ServerClient.Encode(ciphered)));

            Aarq shortNames = new Aarq();
            shortNames.ApplicationContext = ApplicationContextName.ShortName;
            shortNames.UserInformation = ciphered.UserInformation;
            AssertRejected(rig.PublicClient().Exchange(ServerClient.Encode(shortNames)), AcseServiceUserDiagnostic.ApplicationContextNameNotSupported);

            ServerClient management = rig.ManagementClient(330);
            Aarq plain = management.ManagementAarq(Offered, 1024);
            plain.ApplicationContext = ApplicationContextName.LogicalName;
            AssertRejected(management.Exchange(ServerClient.Encode(plain)), AcseServiceUserDiagnostic.ApplicationContextNameNotSupported);

            // An OID outside 2.16.756.5.8.1.{1..4} does not even decode.
            AssertRejected(rig.PublicClient().Exchange("601DA109060760857405080109BE10040E01000000065F1F0400007E1F04B0"), AcseServiceUserDiagnostic.ApplicationContextNameNotSupported);
        }

        [TestMethod]
        public void MechanismAndAuthenticationAreCheckedAgainstThePolicy()
        {
            ServerRig rig = new ServerRig(231);
            ServerClient management = rig.ManagementClient(331);

            Aarq lls = management.ManagementAarq(Offered, 1024);
            lls.Mechanism = MechanismName.Lls;
            AssertRejected(management.Exchange(ServerClient.Encode(lls)), AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised);

            Aarq noAuthentication = management.ManagementAarq(Offered, 1024);
            noAuthentication.Authentication = false;
            noAuthentication.HasMechanismName = false;
            noAuthentication.CallingAuthenticationValue = null;
            AssertRejected(management.Exchange(ServerClient.Encode(noAuthentication)), AcseServiceUserDiagnostic.AuthenticationRequired);

            Aarq noMechanism = management.ManagementAarq(Offered, 1024);
            noMechanism.HasMechanismName = false;
            AssertRejected(management.Exchange(ServerClient.Encode(noMechanism)), AcseServiceUserDiagnostic.AuthenticationMechanismNameRequired);

            Aarq shortChallenge = management.ManagementAarq(Offered, 1024);
            shortChallenge.CallingAuthenticationValue = new byte[7];
            AssertRejected(management.Exchange(ServerClient.Encode(shortChallenge)), AcseServiceUserDiagnostic.AuthenticationFailure);

            Aarq noTitle = management.ManagementAarq(Offered, 1024);
            noTitle.CallingApTitle = null;
            AssertRejected(management.Exchange(ServerClient.Encode(noTitle)), AcseServiceUserDiagnostic.CallingApTitleNotRecognized);

            // The public client proposing HLS-GMAC: not its mechanism.
            Aarq publicHls = management.ManagementAarq(Offered, 1024);
            publicHls.ApplicationContext = ApplicationContextName.LogicalName;
            publicHls.UserInformation = ServerClient.InitiateRequest(Offered, 1024);
            AssertRejected(rig.PublicClient().Exchange(ServerClient.Encode(publicHls)), AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised);

            // A mechanism id outside 2.16.756.5.8.2.{0..7}.
            AssertRejected(rig.PublicClient().Exchange("602AA1090607608574050801018A0207808B0760857405080209BE10040E01000000065F1F0400007E1F04B0"), AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised);

            // After all that, a correct AARQ is accepted on the same session.
            Assert.IsNotNull(management.AssociateManagement(1024));
        }

        [TestMethod]
        public void RefusedInitiateRequestAnswersConfirmedServiceError()
        {
            ServerRig rig = new ServerRig(232);

            // DLMS version 5: rejected-permanent, no-reason-given, 0E 01 06 01 dlms-version-too-low.
            byte[] aare = rig.PublicClient().Exchange("601DA109060760857405080101BE10040E01000000055F1F0400007E1F04B0");
            AssertRejected(aare, AcseServiceUserDiagnostic.NoReasonGiven);
            Assert.AreEqual("0e010601", Hex.Format(ServerClient.DecodeAare(aare).UserInformation));

            Assert.AreEqual("0e010602", Hex.Format(ServerClient.DecodeAare(rig.PublicClient().Exchange(ServerClient.PublicAarq(Conformance.Set, 1024))).UserInformation), "incompatible-conformance");
            Assert.AreEqual("0e010603", Hex.Format(ServerClient.DecodeAare(rig.PublicClient().Exchange(ServerClient.PublicAarq(Offered, 20))).UserInformation), "pdu-size-too-short");
            Assert.AreEqual("0e010600", Hex.Format(ServerClient.DecodeAare(rig.PublicClient().Exchange("6011A109060760857405080101BE0404020100")).UserInformation), "undecodable InitiateRequest");

            // Ciphered context: a plain InitiateRequest is refused; a refused ciphered one is answered ciphered.
            ServerClient management = rig.ManagementClient(332);
            Aarq plain = management.ManagementAarq(Offered, 1024);
            plain.UserInformation = ServerClient.InitiateRequest(Offered, 1024);
            Assert.AreEqual("0e010600", Hex.Format(ServerClient.DecodeAare(management.Exchange(ServerClient.Encode(plain))).UserInformation));
            Aare tooShort = ServerClient.DecodeAare(management.Exchange(ServerClient.Encode(management.ManagementAarq(Offered, 40))));
            Assert.AreEqual((int)AssociationResult.RejectedPermanent, (int)tooShort.Result);
            Assert.AreEqual("0e010603", Hex.Format(management.Open(tooShort.UserInformation)));
        }

        [TestMethod]
        public void UndecipherableInitiateRequestIsADecipheringError()
        {
            ServerRig rig = new ServerRig(233);
            ServerClient management = rig.ManagementClient(333);
            Aarq forged = management.ManagementAarq(Offered, 1024);
            forged.UserInformation[forged.UserInformation.Length - 1] ^= 0x01;
            byte[] aare = management.Exchange(ServerClient.Encode(forged));
            AssertRejected(aare, AcseServiceUserDiagnostic.NoReasonGiven);

            // initiateError [1], application-reference [0], deciphering-error (6); event 49.
            Assert.AreEqual("0e010006", Hex.Format(ServerClient.DecodeAare(aare).UserInformation));
            Assert.AreEqual(1, rig.Events.CountOf(EventCode.DecryptionOrAuthenticationFailure));

            Aarq replayed = management.ManagementAarq(Offered, 1024);
            management.AssociateManagement(1024);
            ServerClient other = rig.ManagementClient(334);
            AssertRejected(other.Exchange(ServerClient.Encode(replayed)), AcseServiceUserDiagnostic.NoReasonGiven);
            Assert.AreEqual(1, rig.Events.CountOf(EventCode.ReplayAttack));
        }

        [TestMethod]
        public void UndecodableAarqIsRejectedByTheServiceProvider()
        {
            ServerRig rig = new ServerRig(234);
            ServerClient client = rig.PublicClient();
            Aare aare = ServerClient.DecodeAare(client.Exchange("6005A10306"));
            Assert.AreEqual((int)AssociationResult.RejectedPermanent, (int)aare.Result);
            Assert.AreEqual((int)DiagnosticSource.ServiceProvider, (int)aare.DiagnosticSource);
            Assert.AreEqual((int)AcseServiceProviderDiagnostic.NoReasonGiven, aare.Diagnostic);

            // protocol-version without version1: no-common-acse-version.
            aare = ServerClient.DecodeAare(client.Exchange(ProtocolVersionZero()));
            Assert.AreEqual((int)DiagnosticSource.ServiceProvider, (int)aare.DiagnosticSource);
            Assert.AreEqual((int)AcseServiceProviderDiagnostic.NoCommonAcseVersion, aare.Diagnostic);
            DlmsBytes.AreEqual("6129A109060760857405080101A203020100A305A103020100BE10040E0800065F1F040000121404000007", client.Exchange(PublicAarq));
        }

        [TestMethod]
        public void OneAssociationAtATime()
        {
            ServerRig rig = new ServerRig(235);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);
            Aare second = ServerClient.DecodeAare(client.Exchange(PublicAarq));
            Assert.AreEqual((int)AssociationResult.RejectedTransient, (int)second.Result);
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        [TestMethod]
        public void ReleaseAnswersWithExactLengthsAndEndsTheAssociation()
        {
            ServerRig rig = new ServerRig(236);
            ServerClient client = rig.PublicClient();
            DlmsBytes.AreEqual("6303800100", client.Exchange("6203800100"));
            client.Exchange(PublicAarq);

            // A malformed RLRQ does not release.
            DlmsBytes.AreEqual("6303800101", client.Exchange("620380"));
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());

            DlmsBytes.AreEqual("6303800100", client.Exchange("6203800100"));
            DlmsBytes.AreEqual("D80101", client.Exchange(ServerClient.Get(1, ServerRig.SerialLn, 2)));
            client.Exchange(PublicAarq);
            DlmsBytes.AreEqual("6303800100", client.Exchange("6200"));
            DlmsBytes.AreEqual("D80101", client.Exchange(ServerClient.Get(1, ServerRig.SerialLn, 2)));

            // Closing the connection ends the association too.
            client.Exchange(PublicAarq);
            client.Session.Close();
            DlmsBytes.AreEqual("D80101", client.Exchange(ServerClient.Get(1, ServerRig.SerialLn, 2)));
        }

        private static string ProtocolVersionZero()
        {
            // 80 02 07 00: protocol-version present without the version1 bit.
            return "6021800207" + "00" + "A109060760857405080101BE10040E01000000065F1F0400007E1F04B0";
        }

        private static void AssertRejected(byte[] bytes, AcseServiceUserDiagnostic diagnostic)
        {
            Aare aare = ServerClient.DecodeAare(bytes);
            Assert.AreEqual((int)AssociationResult.RejectedPermanent, (int)aare.Result);
            Assert.AreEqual((int)DiagnosticSource.ServiceUser, (int)aare.DiagnosticSource);
            Assert.AreEqual((int)diagnostic, aare.Diagnostic);
        }
    }
}
