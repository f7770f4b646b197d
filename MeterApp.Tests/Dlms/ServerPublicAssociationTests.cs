using Meter.Dlms.Axdr;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The public client (SAP 16): association without security, GET, access rights, the object list.</summary>
    [TestClass]
    public class ServerPublicAssociationTests
    {
        // The usual public AARQ (u9n/dlms-cosem tests/test_asce): LN, InitiateRequest conformance 007E1F, max PDU 04B0.
        private const string PublicAarq = "601DA109060760857405080101BE10040E01000000065F1F0400007E1F04B0";

        [TestMethod]
        public void PublicAarqIsAcceptedWithTheNegotiatedInitiateResponse()
        {
            ServerRig rig = new ServerRig(200);
            ServerClient client = rig.PublicClient();

            // Accepted, null diagnostic; conformance 007E1F AND the public offer (get, selective access,
            // multiple references, block transfer with get) = 001214; server max 1024; vaa 0007.
            DlmsBytes.AreEqual("6129A109060760857405080101A203020100A305A103020100BE10040E0800065F1F040000121404000007", client.Exchange(PublicAarq));
            Assert.AreEqual(1024, client.Session.MaxApduSize);
        }

        [TestMethod]
        public void PublicClientReadsIdentification()
        {
            ServerRig rig = new ServerRig(201);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);

            // GET 0.0.42.0.0.255 attribute 2 answers C4 01 C1 00 then the octet-string.
            DlmsBytes.AreEqual("C401C100090D" + Hex.Format(Hex.Ascii("MTR0001234567")), client.Exchange("C001C1000100002A0000FF0200"));
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
            Assert.IsFalse(rig.Serial.LastWasCiphered);
        }

        [TestMethod]
        public void DeniedUnknownAndInconsistentReadsAnswerTheirDataAccessResult()
        {
            ServerRig rig = new ServerRig(202);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);

            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)client.GetPlain(3, ServerRig.EnergyLn, 2).AccessResult);
            Assert.IsTrue(client.GetPlain(3, ServerRig.EnergyLn, 3).IsData);
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)client.GetPlain(1, ServerRig.SettingLn, 2).AccessResult, "not in this association's list");
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)client.GetPlain(1, new byte[] { 9, 9, 9, 9, 9, 9 }, 2).AccessResult);
            Assert.AreEqual((int)DataAccessResult.ObjectClassInconsistent, (int)client.GetPlain(8, ServerRig.DeviceNameLn, 2).AccessResult);
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)client.GetPlain(1, ServerRig.DeviceNameLn, 3).AccessResult);
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)client.GetPlain(1, ServerRig.DeviceNameLn, 0).AccessResult);
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)client.GetPlain(1, ServerRig.DeviceNameLn, -1).AccessResult);
        }

        [TestMethod]
        public void ServicesOutsideTheNegotiatedConformanceAreNotSupported()
        {
            ServerRig rig = new ServerRig(203);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);

            // SET and ACTION are not offered to the public client: service-not-allowed, service-not-supported.
            byte[] set = ServerClient.Encode(new SetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(1, ServerRig.DeviceNameLn, 2), null, DlmsData.OctetString(new byte[2])));
            DlmsBytes.AreEqual("D80102", client.Exchange(set));
            byte[] action = ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, new Meter.Dlms.Xdlms.CosemMethodDescriptor(3, ServerRig.EnergyLn, 1), null));
            DlmsBytes.AreEqual("D80102", client.Exchange(action));
            Assert.AreEqual(2, rig.Server.Statistics.Refused);
            Assert.AreEqual(0, rig.Energy.Invocations);
        }

        [TestMethod]
        public void SelectiveAccessOnlyWhereTheRightsListTheSelector()
        {
            ServerRig rig = new ServerRig(204);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);
            DlmsData entry = DlmsData.Structure(DlmsData.DoubleLongUnsigned(1), DlmsData.DoubleLongUnsigned(2), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0));

            byte[] byEntry = ServerClient.Encode(new GetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(7, ServerRig.ProfileLn, 2), new SelectiveAccessDescriptor(2, entry)));
            // The buffer is long: its first block comes back, and the object saw the selector.
            GetResponseWithDataBlock answer = (GetResponseWithDataBlock)client.Decode(client.Exchange(byEntry));
            Assert.IsTrue(answer.HasRawData);
            Assert.AreEqual(2, (int)rig.Profile.LastAccess.AccessSelector);

            byte[] bySelector3 = ServerClient.Encode(new GetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(7, ServerRig.ProfileLn, 2), new SelectiveAccessDescriptor(3, entry)));
            Assert.AreEqual((int)DataAccessResult.ScopeOfAccessViolated, (int)((GetResponseNormal)client.Decode(client.Exchange(bySelector3))).Result.AccessResult);
            byte[] onAttribute3 = ServerClient.Encode(new GetRequestNormal(ServerClient.Invoke, new CosemAttributeDescriptor(7, ServerRig.ProfileLn, 3), new SelectiveAccessDescriptor(1, entry)));
            Assert.AreEqual((int)DataAccessResult.ScopeOfAccessViolated, (int)((GetResponseNormal)client.Decode(client.Exchange(onAttribute3))).Result.AccessResult);
        }

        [TestMethod]
        public void GetWithListAnswersEachItemInOrder()
        {
            ServerRig rig = new ServerRig(205);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);
            CosemAttributeDescriptor[] items =
            {
                new CosemAttributeDescriptor(1, ServerRig.DeviceNameLn, 2),
                new CosemAttributeDescriptor(3, ServerRig.EnergyLn, 2),
                new CosemAttributeDescriptor(1, ServerRig.SerialLn, 2),
                new CosemAttributeDescriptor(1, new byte[] { 1, 2, 3, 4, 5, 6 }, 2),
            };
            GetRequestWithList request = new GetRequestWithList(0xC2, items, null);
            byte[] bytes = new byte[request.Size];
            request.Encode(bytes, 0, bytes.Length);

            GetResponseWithList response = (GetResponseWithList)client.Decode(client.Exchange(bytes));
            Assert.AreEqual((byte)0xC2, response.InvokeIdAndPriority);
            Assert.AreEqual(4, response.Count);
            Assert.AreEqual(13, response.ResultAt(0).Data.ByteLength);
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)response.ResultAt(1).AccessResult);
            Assert.AreEqual("12345678", response.ResultAt(2).Data.AsString());
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)response.ResultAt(3).AccessResult);
        }

        [TestMethod]
        public void CurrentAssociationDescribesItself()
        {
            ServerRig rig = new ServerRig(206);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);

            // object_list: the four public objects and the association itself, each with its rights.
            DlmsData list = client.GetPlain(15, ServerRig.AssociationLnName, 2).Data;
            Assert.AreEqual(5, list.Count);
            DlmsData energy = list[2];
            Assert.AreEqual(3L, energy[0].AsInt64());
            CollectionAssert.AreEqual(ServerRig.EnergyLn, energy[2].GetBytes());
            DlmsData attributeAccess = energy[3][0];
            Assert.AreEqual(3, attributeAccess.Count);
            Assert.AreEqual(2L, attributeAccess[1][0].AsInt64());
            Assert.AreEqual(0L, attributeAccess[1][1].AsInt64(), "value attribute: no_access");
            Assert.IsTrue(attributeAccess[1][2].IsNull);
            DlmsData profileSelectors = list[3][3][0][1][2];
            Assert.AreEqual(2, profileSelectors.Count);
            Assert.AreEqual(15L, list[4][0].AsInt64());
            Assert.AreEqual(1L, list[4][1].AsInt64(), "Association LN version 1");

            DlmsData partners = client.GetPlain(15, ServerRig.AssociationLnName, 3).Data;
            Assert.AreEqual(16L, partners[0].AsInt64());
            Assert.AreEqual(1L, partners[1].AsInt64());
            Assert.AreEqual(1L, client.GetPlain(15, ServerRig.AssociationLnName, 4).Data[6].AsInt64(), "LN referencing, no ciphering");
            Assert.AreEqual(0L, client.GetPlain(15, ServerRig.AssociationLnName, 6).Data[6].AsInt64(), "lowest level security");
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)client.GetPlain(15, ServerRig.AssociationLnName, 7).AccessResult, "secret");
            Assert.AreEqual((long)AssociationStatus.Associated, client.GetPlain(15, ServerRig.AssociationLnName, 8).Data.AsInt64());
            CollectionAssert.AreEqual(new byte[] { 0, 0, 43, 0, 0, 255 }, client.GetPlain(15, ServerRig.AssociationLnName, 9).Data.GetBytes());
            DlmsData context = client.GetPlain(15, ServerRig.AssociationLnName, 5).Data;
            Assert.AreEqual(24, context[0].BitCount);
            Assert.AreEqual(1024L, context[1].AsInt64());
            Assert.AreEqual(1024L, context[2].AsInt64(), "min(client 1200, server 1024)");
        }

        [TestMethod]
        public void SessionsAreIsolated()
        {
            ServerRig rig = new ServerRig(208);
            ServerClient first = rig.PublicClient();
            ServerClient second = rig.PublicClient();
            first.Exchange(PublicAarq);
            DlmsBytes.AreEqual("D80101", second.Exchange(ServerClient.Get(1, ServerRig.SerialLn, 2)));
            second.Exchange(PublicAarq);
            DlmsBytes.AreEqual("6303800100", second.Exchange("6203800100"));
            Assert.AreEqual("12345678", first.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        [TestMethod]
        public void OnlyConfiguredSapsGetASession()
        {
            ServerRig rig = new ServerRig(207);
            Assert.IsNotNull(rig.Server.Open(16, 1));
            Assert.IsNotNull(rig.Server.Open(1, 1));
            Assert.IsNull(rig.Server.Open(17, 1));
            Assert.IsNull(rig.Server.Open(16, 2));
            Assert.ThrowsException(typeof(System.ArgumentException), () => rig.Server.AddPolicy(AssociationPolicy.PublicClient(new ObjectList())));
        }
    }
}
