using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// The management client (SAP 1): ciphered AARQ, HLS-GMAC pass 3/4 through
    /// reply_to_HLS_authentication with the Green Book Table 43 values (<see cref="SecurityVectors"/>),
    /// then ciphered GET/SET/ACTION and release.
    /// </summary>
    [TestClass]
    public class ServerHlsGmacTests
    {
        private const Conformance Offered = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.SelectiveAccess | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead;

        [TestMethod]
        public void HandshakeGivesTheGreenBookChallengeAndAnswers()
        {
            ServerRig rig = new ServerRig(220);
            ServerClient client = rig.ManagementClient(320);
            Aare aare = ServerClient.DecodeAare(client.Exchange(ServerClient.Encode(client.ManagementAarq(Offered, 1024))));

            // Accepted pending authentication (diagnostic authentication-required), our title and StoC.
            Assert.AreEqual((int)AssociationResult.Accepted, (int)aare.Result);
            Assert.AreEqual((int)DiagnosticSource.ServiceUser, (int)aare.DiagnosticSource);
            Assert.AreEqual((int)AcseServiceUserDiagnostic.AuthenticationRequired, aare.Diagnostic);
            Assert.AreEqual((int)ApplicationContextName.LogicalNameCiphered, (int)aare.ApplicationContext);
            Assert.AreEqual(SecurityVectors.ServerTitle, Hex.Format(aare.RespondingApTitle));
            Assert.IsTrue(aare.Authentication);
            Assert.AreEqual((int)MechanismName.HlsGmac, (int)aare.Mechanism);
            Assert.AreEqual(SecurityVectors.StoC, Hex.Format(aare.RespondingAuthenticationValue));

            // The InitiateResponse comes back glo-ciphered.
            Assert.AreEqual((byte)CipheredTag.GloInitiateResponse, aare.UserInformation[0]);
            InitiateResponse initiate = new InitiateResponse();
            byte[] plain = client.Open(aare.UserInformation);
            Assert.AreEqual((int)XdlmsError.None, (int)initiate.Decode(plain, 0, plain.Length));
            Assert.AreEqual((int)Offered, (int)initiate.NegotiatedConformance);
            Assert.AreEqual(1024, initiate.ServerMaxReceivePduSize);

            // Pass 3: f(StoC) with the client's IC 1 is the Green Book value; pass 4 answers its f(CtoS).
            byte[] fStoC = new byte[HlsGmac.ResponseLength];
            new HlsGmac(client.Keys.Rig.Operations).Compute(client.Context, 1, aare.RespondingAuthenticationValue, 0, 8, fStoC, 0);
            Assert.AreEqual(SecurityVectors.FStoC, Hex.Format(fStoC));
            client.Counter = 2;
            ActionResponseNormal reply = (ActionResponseNormal)client.Decode(client.ExchangeCiphered(ServerClient.ReplyToHls(fStoC)));
            Assert.AreEqual((int)ActionResult.Success, (int)reply.Result);
            Assert.AreEqual(SecurityVectors.FCtoS, Hex.Format(reply.ReturnParameters.Data.GetBytes()));

            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
            Assert.IsTrue(rig.Energy.LastWasCiphered);
            Assert.AreEqual((long)AssociationStatus.Associated, client.GetCiphered(15, ServerRig.AssociationLnName, 8).Data.AsInt64());
            Assert.AreEqual(0, rig.Events.Codes.Count);
        }

        [TestMethod]
        public void AareMatchesTheGreenBookHlsGmacExample()
        {
            // dlms-green-book.txt "AARE for HLS-GMAC": LN context, accepted, authentication-required,
            // mechanism 5, StoC "P6wRJ21F", InitiateResponse conformance 00501F, max PDU 01F4.
            const string GreenBookAare = "6142A109060760857405080101A203020100A305A10302010E88020780890760857405080205AA0A8008503677524A323146BE10040E0800065F1F040000501F01F40007";
            ServerRig rig = new ServerRig(227);
            DlmsServer server = new DlmsServer(new ServerRig.FixedRandom(Hex.Parse(SecurityVectors.StoC)), rig.Events);
            server.Settings.ChallengeLength = 8;
            server.Settings.MaxApduSize = 500;
            server.AddPolicy(new AssociationPolicy(2, ApplicationContextName.LogicalName, MechanismName.HlsGmac, (Conformance)0x501F, new ObjectList(), rig.Ciphering));
            ServerClient client = new ServerClient(server.Open(2, DlmsServer.ManagementLogicalDevice), new SecurityVectors(327));
            Aarq aarq = client.ManagementAarq(Offered, 1200);
            aarq.ApplicationContext = ApplicationContextName.LogicalName;
            aarq.UserInformation = ServerClient.InitiateRequest((Conformance)0x007E1F, 1200);

            // Ours also names our system title (the client needs it to check f(CtoS)); otherwise byte for byte.
            Aare aare = ServerClient.DecodeAare(client.Exchange(ServerClient.Encode(aarq)));
            Assert.AreEqual(SecurityVectors.ServerTitle, Hex.Format(aare.RespondingApTitle));
            aare.RespondingApTitle = null;
            byte[] encoded = new byte[256];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)aare.Encode(encoded, 0, out written));
            DlmsBytes.AreEqual(GreenBookAare, DlmsBytes.Take(encoded, written));
        }

        [TestMethod]
        public void EachAssociationGetsAFreshChallenge()
        {
            ServerRig rig = new ServerRig(228);
            DlmsServer server = new DlmsServer(new HmacDrbg(new VirtualTrng(228)), rig.Events);
            server.AddPolicy(AssociationPolicy.ManagementClient(new ObjectList(), rig.Ciphering));
            ServerClient client = new ServerClient(server.Open(1, 1), new SecurityVectors(328));
            Aare first = ServerClient.DecodeAare(client.Exchange(ServerClient.Encode(client.ManagementAarq(Offered, 1024))));
            client.Exchange("6203800100");
            Aare second = ServerClient.DecodeAare(client.Exchange(ServerClient.Encode(client.ManagementAarq(Offered, 1024))));

            Assert.AreEqual(16, first.RespondingAuthenticationValue.Length, "default challenge length");
            Assert.AreNotEqual(Hex.Format(first.RespondingAuthenticationValue), Hex.Format(second.RespondingAuthenticationValue));

            // The second association answers to its own challenge only.
            byte[] stale = new byte[HlsGmac.ResponseLength];
            new HlsGmac(client.Keys.Rig.Operations).Compute(client.Context, client.Counter++, first.RespondingAuthenticationValue, 0, 16, stale, 0);
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(ServerClient.ReplyToHls(stale)))).Result);
            byte[] fresh = new byte[HlsGmac.ResponseLength];
            new HlsGmac(client.Keys.Rig.Operations).Compute(client.Context, client.Counter++, second.RespondingAuthenticationValue, 0, 16, fresh, 0);
            Assert.AreEqual((int)ActionResult.Success, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(ServerClient.ReplyToHls(fresh)))).Result);
        }

        [TestMethod]
        public void BeforePassFourOnlyTheHlsReplyIsServed()
        {
            ServerRig rig = new ServerRig(221);
            ServerClient client = rig.ManagementClient(321);
            client.Exchange(ServerClient.Encode(client.ManagementAarq(Offered, 1024)));

            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)client.GetCiphered(3, ServerRig.EnergyLn, 2).AccessResult);
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)client.GetCiphered(15, ServerRig.AssociationLnName, 8).AccessResult);
            byte[] disconnect = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 1), DlmsData.Integer(0)));
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(disconnect))).Result);
            Assert.AreEqual(0, rig.Disconnect.Invocations);
            Assert.AreEqual(0, rig.Energy.Invocations);

            // Unknown objects look the same as denied ones until the client has authenticated.
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)client.GetCiphered(1, new byte[] { 9, 9, 9, 9, 9, 9 }, 2).AccessResult);

            Authenticate(client);
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
        }

        [TestMethod]
        public void FailedHlsIsLoggedAndTheAssociationStaysPending()
        {
            ServerRig rig = new ServerRig(222);
            ServerClient client = rig.ManagementClient(322);
            client.Exchange(ServerClient.Encode(client.ManagementAarq(Offered, 1024)));

            byte[] forged = Hex.Parse(SecurityVectors.FStoC);
            forged[10] ^= 0x01;
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(ServerClient.ReplyToHls(forged)))).Result);
            Assert.AreEqual(1, rig.Events.CountOf(EventCode.AuthenticationFailure));
            Assert.AreEqual(1, rig.Server.Statistics.AuthenticationFailures);
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)client.GetCiphered(3, ServerRig.EnergyLn, 2).AccessResult);

            // Not an octet-string: type-unmatched.
            byte[] wrongType = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new CosemMethodDescriptor(15, ServerRig.AssociationLnName, 1), DlmsData.Unsigned(1)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(wrongType))).Result);

            Authenticate(client);
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());

            // Once associated there is nothing left to authenticate.
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(ServerClient.ReplyToHls(Hex.Parse(SecurityVectors.FStoC))))).Result);
        }

        [TestMethod]
        public void ManagementClientWritesAndInvokesWithinItsRights()
        {
            ServerRig rig = new ServerRig(223);
            ServerClient client = rig.ManagementClient(323);
            client.AssociateManagement(1024);

            byte[] set = ServerClient.Encode(new SetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(1, ServerRig.SettingLn, 2), null, DlmsData.Unsigned(9)));
            Assert.AreEqual((int)DataAccessResult.Success, (int)((SetResponseNormal)client.Decode(client.ExchangeCiphered(set))).Result);
            Assert.AreEqual(9L, rig.Setting.ValueOf(2).AsInt64());
            byte[] wrongType = ServerClient.Encode(new SetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(1, ServerRig.SettingLn, 2), null, DlmsData.Boolean(true)));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)((SetResponseNormal)client.Decode(client.ExchangeCiphered(wrongType))).Result);
            byte[] readOnly = ServerClient.Encode(new SetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(3, ServerRig.EnergyLn, 2), null, DlmsData.DoubleLongUnsigned(0)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)((SetResponseNormal)client.Decode(client.ExchangeCiphered(readOnly))).Result);

            // Unconfirmed SET (service class bit clear): served without an answer.
            byte[] unconfirmed = ServerClient.Encode(new SetRequestNormal(0x81, new CosemAttributeDescriptor(1, ServerRig.SettingLn, 2), null, DlmsData.Unsigned(11)));
            Assert.AreEqual(0, client.Exchange(client.Protect(unconfirmed, client.Counter++, SecurityControl.AuthenticatedAndEncrypted)).Length);
            Assert.AreEqual(11L, rig.Setting.ValueOf(2).AsInt64());

            rig.Disconnect.Returned = DlmsData.Enum(1);
            byte[] invoke = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 1), DlmsData.Integer(0)));
            ActionResponseNormal done = (ActionResponseNormal)client.Decode(client.ExchangeCiphered(invoke));
            Assert.AreEqual((int)ActionResult.Success, (int)done.Result);
            Assert.AreEqual(1L, done.ReturnParameters.Data.AsInt64());
            Assert.AreEqual(1, rig.Disconnect.Invocations);
            Assert.IsTrue(rig.Disconnect.LastWasCiphered);
            byte[] denied = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 2), DlmsData.Integer(0)));
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(denied))).Result);
            byte[] undefined = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 3), null));
            Assert.AreEqual((int)ActionResult.ObjectUndefined, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(undefined))).Result);
            Assert.AreEqual(1, rig.Disconnect.Invocations);

            // Association LN methods it cannot honestly perform.
            byte[] changeSecret = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new CosemMethodDescriptor(15, ServerRig.AssociationLnName, 2), DlmsData.OctetString(new byte[16])));
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(changeSecret))).Result);
        }

        [TestMethod]
        public void LongReadOverCipheringFitsEachProtectedBlock()
        {
            ServerRig rig = new ServerRig(224);
            ServerClient client = rig.ManagementClient(324);
            client.AssociateManagement(200);
            byte[] first = client.Exchange(client.Protect(ServerClient.Get(7, ServerRig.ProfileLn, 2), client.Counter++, SecurityControl.AuthenticatedAndEncrypted));
            Assert.AreEqual((byte)CipheredTag.GloGetResponse, first[0]);
            byte[] joined = ServerBlockTransferTests.ReadBlocks(client, first, 200, out int blocks);
            Assert.AreEqual(120, ((GetResponseNormal)client.Decode(Concat(Hex.Parse("C401C100"), joined))).Result.Data.Count);
            Assert.IsTrue(blocks > 5);
        }

        [TestMethod]
        public void ReleaseCarriesTheCipheredInitiateBothWays()
        {
            ServerRig rig = new ServerRig(225);
            ServerClient client = rig.ManagementClient(325);
            client.AssociateManagement(1024);

            // A forged release is not a release.
            Rlrq forged = new Rlrq();
            forged.HasReason = true;
            byte[] glo = client.Protect(ServerClient.InitiateRequest(Offered, 1024), client.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            glo[glo.Length - 1] ^= 0x01;
            forged.UserInformation = glo;
            DlmsBytes.AreEqual("6303800101", client.Exchange(EncodeRlrq(forged)));
            Assert.AreEqual(1, rig.Events.CountOf(EventCode.DecryptionOrAuthenticationFailure));
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());

            Rlrq release = new Rlrq();
            release.HasReason = true;
            release.UserInformation = client.Protect(ServerClient.InitiateRequest(Offered, 1024), client.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            byte[] answer = client.Exchange(EncodeRlrq(release));
            Rlre rlre = new Rlre();
            Assert.AreEqual((int)AcseError.None, (int)rlre.Decode(answer, 0, answer.Length, 1024));
            Assert.AreEqual((int)ReleaseResponseReason.Normal, (int)rlre.Reason);
            Assert.AreEqual((byte)CipheredTag.GloInitiateResponse, rlre.UserInformation[0]);
            Assert.AreEqual((byte)InitiateResponse.Tag, client.Open(rlre.UserInformation)[0]);
            Assert.AreEqual(answer.Length - 2, (int)answer[1], "RLRE length covers its fields exactly");

            // Released: no xDLMS until a new AARQ.
            DlmsBytes.AreEqual("D80101", client.Exchange(client.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), client.Counter++, SecurityControl.AuthenticatedAndEncrypted)));
            client.AssociateManagement(1024);
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
        }

        [TestMethod]
        public void DedicatedKeyProtectsDedicatedApdus()
        {
            ServerRig rig = new ServerRig(226);
            ServerClient client = rig.ManagementClient(326);
            byte[] key = Hex.Parse("00112233445566778899aabbccddeeff");
            InitiateRequest initiate = new InitiateRequest();
            initiate.DedicatedKey = key;
            initiate.ProposedConformance = Offered;
            initiate.ClientMaxReceivePduSize = 1024;
            byte[] plain = new byte[64];
            int length;
            initiate.Encode(plain, 0, out length);
            Aarq aarq = client.ManagementAarq(Offered, 1024);
            aarq.UserInformation = client.Protect(DlmsBytes.Take(plain, length), client.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            Aare aare = ServerClient.DecodeAare(client.Exchange(ServerClient.Encode(aarq)));
            Assert.AreEqual((int)AssociationResult.Accepted, (int)aare.Result);
            byte[] fStoC = new byte[HlsGmac.ResponseLength];
            new HlsGmac(client.Keys.Rig.Operations).Compute(client.Context, client.Counter++, aare.RespondingAuthenticationValue, 0, 8, fStoC, 0);
            client.ExchangeCiphered(ServerClient.ReplyToHls(fStoC));

            KeyHandle dedicated = client.Keys.Rig.Keys.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, key, 0, 16);
            client.Context.SetDedicatedKey(dedicated, new RamInvocationCounterGuard());
            ApduCipher cipher = client.Keys.Cipher();
            byte[] request = ServerClient.Get(3, ServerRig.EnergyLn, 2);
            byte[] ded = new byte[request.Length + 32];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(client.Context, true, SecurityControl.AuthenticatedAndEncrypted, 1, request, 0, request.Length, ded, 0, ded.Length, out written));
            byte[] answer = client.Exchange(DlmsBytes.Take(ded, written));
            Assert.AreEqual((byte)(CipheredTag.DedGetRequest + 4), answer[0], "ded-get-response");
            Assert.AreEqual(123456L, ((GetResponseNormal)client.Decode(client.Open(answer))).Result.Data.AsInt64());
        }

        internal static void Authenticate(ServerClient client)
        {
            byte[] fStoC = new byte[HlsGmac.ResponseLength];
            new HlsGmac(client.Keys.Rig.Operations).Compute(client.Context, client.Counter++, Hex.Parse(SecurityVectors.StoC), 0, 8, fStoC, 0);
            Assert.AreEqual((int)ActionResult.Success, (int)((ActionResponseNormal)client.Decode(client.ExchangeCiphered(ServerClient.ReplyToHls(fStoC)))).Result);
        }

        internal static byte[] EncodeRlrq(Rlrq rlrq)
        {
            byte[] buffer = new byte[256];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)rlrq.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] result = new byte[a.Length + b.Length];
            System.Array.Copy(a, result, a.Length);
            System.Array.Copy(b, 0, result, a.Length, b.Length);
            return result;
        }
    }
}
