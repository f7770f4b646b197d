using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// The DLMS client against the real DlmsServer in memory (<see cref="LoopbackTransport"/> to a
    /// session of <see cref="ServerRig"/>), with a server that receives 256-byte APDUs so that long
    /// values travel in blocks: SET and ACTION normal and with lists, each in blocks both ways, plainly
    /// (SAP 0x20) and with HLS-GMAC and suite 0 ciphering (SAP 1); the server's bound and the client's
    /// own bound and conformance.
    /// </summary>
    [TestClass]
    public class DlmsClientServerTests
    {
        private const int ServerApdu = 256;
        private static readonly CosemMethodDescriptor DisconnectOpen = new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 1);
        private static readonly CosemMethodDescriptor DisconnectClose = new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 2);

        [TestMethod]
        public void PlainClientWritesAndInvokesInBlocks()
        {
            ServerRig rig = new ServerRig(340);
            rig.Server.Settings.MaxApduSize = ServerApdu;
            DlmsClient client = new DlmsClient(new LoopbackTransport(rig.Server.Open(ServerRig.OpenClientSap, DlmsServer.ManagementLogicalDevice)), null);
            client.Associate();
            CosemAttributeDescriptor note = new CosemAttributeDescriptor(1, ServerRig.NoteLn, 2);

            WritesAndInvokes(client, note, rig.Note, DisconnectOpen, DisconnectClose, rig.Disconnect);

            // The value written in blocks reads back in GET blocks.
            CollectionAssert.AreEqual(Pattern(500, 2), client.Get(note).Data.GetBytes());
            client.Release();
        }

        [TestMethod]
        public void CipheredClientWritesAndInvokesInBlocks()
        {
            ServerRig rig = new ServerRig(341);
            rig.Server.Settings.MaxApduSize = ServerApdu;
            rig.Setting.With(2, DlmsData.OctetString(new byte[0]));
            DlmsClient client = CipheredClient(rig, 342);
            client.Associate();
            Assert.IsTrue((client.NegotiatedConformance & Conformance.BlockTransferWithSetOrWrite) != 0);
            Assert.IsTrue((client.NegotiatedConformance & Conformance.BlockTransferWithAction) != 0);
            CosemAttributeDescriptor setting = new CosemAttributeDescriptor(1, ServerRig.SettingLn, 2);

            WritesAndInvokes(client, setting, rig.Setting, new CosemMethodDescriptor(3, ServerRig.EnergyLn, 1), DisconnectOpen, rig.Energy);
            Assert.IsTrue(rig.Setting.LastWasCiphered);
            Assert.IsTrue(rig.Energy.LastWasCiphered);
            Assert.AreEqual(0, rig.Server.Statistics.SecurityFailures);
            client.Release();
        }

        [TestMethod]
        public void ServerBoundComesBackAsTheResult()
        {
            ServerRig rig = new ServerRig(343);
            rig.Server.Settings.MaxApduSize = ServerApdu;
            rig.Server.Settings.MaxBlockRequestSize = 300;
            DlmsClient client = new DlmsClient(new LoopbackTransport(rig.Server.Open(ServerRig.OpenClientSap, DlmsServer.ManagementLogicalDevice)), null);
            client.Associate();
            CosemAttributeDescriptor note = new CosemAttributeDescriptor(1, ServerRig.NoteLn, 2);

            Assert.AreEqual((int)DataAccessResult.LongSetAborted, (int)client.Set(note, DlmsData.OctetString(Pattern(1000, 1))));
            DataAccessResult[] results = client.SetWithList(new CosemAttributeDescriptor[] { note, note }, new DlmsData[] { DlmsData.OctetString(Pattern(400, 1)), DlmsData.Null() });
            Assert.AreEqual((int)DataAccessResult.LongSetAborted, (int)results[0]);
            Assert.AreEqual((int)DataAccessResult.LongSetAborted, (int)results[1]);
            Assert.AreEqual((int)ActionResult.LongActionAborted, (int)client.Action(DisconnectOpen, DlmsData.OctetString(Pattern(1000, 1))).Result);
            Assert.AreEqual(0, rig.Note.ValueOf(2).GetBytes().Length);
            Assert.AreEqual(0, rig.Disconnect.Invocations);

            // Within the bound all is well on the same association.
            Assert.AreEqual((int)DataAccessResult.Success, (int)client.Set(note, DlmsData.OctetString(Pattern(280, 1))));
            CollectionAssert.AreEqual(Pattern(280, 1), rig.Note.ValueOf(2).GetBytes());
        }

        [TestMethod]
        public void WithoutBlockTransferALargeRequestIsNotSent()
        {
            ServerRig rig = new ServerRig(344);
            rig.Server.Settings.MaxApduSize = ServerApdu;
            DlmsClient client = new DlmsClient(new LoopbackTransport(rig.Server.Open(ServerRig.OpenClientSap, DlmsServer.ManagementLogicalDevice)), null);
            client.ProposedConformance = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.BlockTransferWithGetOrRead;
            client.Associate();
            CosemAttributeDescriptor note = new CosemAttributeDescriptor(1, ServerRig.NoteLn, 2);

            AssertFails(client, note, null, "did not grant block transfer with SET");
            AssertFails(client, null, DisconnectOpen, "did not grant block transfer with ACTION");
            Assert.AreEqual((int)DataAccessResult.Success, (int)client.Set(note, DlmsData.OctetString(Pattern(100, 1))));
        }

        [TestMethod]
        public void ClientBoundsTheResponseItJoins()
        {
            ServerRig rig = new ServerRig(345);
            rig.Server.Settings.MaxApduSize = ServerApdu;
            rig.Disconnect.Returned = DlmsData.OctetString(Pattern(700, 3));
            DlmsClient client = new DlmsClient(new LoopbackTransport(rig.Server.Open(ServerRig.OpenClientSap, DlmsServer.ManagementLogicalDevice)), null);
            client.Associate();
            client.MaxValueSize = 500;
            try
            {
                client.Action(DisconnectOpen, DlmsData.Integer(0));
                Assert.IsTrue(false, "a 700-byte response joined under a 500-byte bound");
            }
            catch (DlmsClientException e)
            {
                Assert.Contains("the most this client reassembles", e.Message);
            }

            // A new request abandons the server's transfer; the association goes on.
            client.MaxValueSize = 1000;
            CollectionAssert.AreEqual(Pattern(700, 3), client.Action(DisconnectOpen, DlmsData.Integer(0)).ReturnParameters.Data.GetBytes());
        }

        [TestMethod]
        public void AnAcknowledgementOfAnotherBlockStopsTheClient()
        {
            ServerRig rig = new ServerRig(346);
            rig.Server.Settings.MaxApduSize = ServerApdu;
            MisnumberingSession session = new MisnumberingSession(rig.Server.Open(ServerRig.OpenClientSap, DlmsServer.ManagementLogicalDevice));
            DlmsClient client = new DlmsClient(new LoopbackTransport(session), null);
            client.Associate();
            CosemAttributeDescriptor note = new CosemAttributeDescriptor(1, ServerRig.NoteLn, 2);

            session.Misnumber = XdlmsTag.SetResponse;
            AssertFails(client, note, null, "the server acknowledged block 2 after block 1 was sent");
            session.Misnumber = XdlmsTag.ActionResponse;
            AssertFails(client, null, DisconnectOpen, "the server acknowledged block 2 after block 1 was sent");
            Assert.AreEqual(0, rig.Disconnect.Invocations);
            Assert.AreEqual(0, rig.Note.ValueOf(2).GetBytes().Length);
        }

        // SET (1000 bytes), SET with list (500 bytes and a denied item), ACTION (800-byte parameters, 700-byte return) and ACTION with list, all in blocks.
        private static void WritesAndInvokes(DlmsClient client, CosemAttributeDescriptor writable, ServerFakeObject written, CosemMethodDescriptor method, CosemMethodDescriptor other, ServerFakeObject invoked)
        {
            Assert.AreEqual((int)DataAccessResult.Success, (int)client.Set(writable, DlmsData.OctetString(Pattern(1000, 1))));
            CollectionAssert.AreEqual(Pattern(1000, 1), written.ValueOf(2).GetBytes());

            CosemAttributeDescriptor readOnly = new CosemAttributeDescriptor(1, ServerRig.DeviceNameLn, 2);
            DataAccessResult[] results = client.SetWithList(new CosemAttributeDescriptor[] { writable, readOnly }, new DlmsData[] { DlmsData.OctetString(Pattern(500, 2)), DlmsData.OctetString(Hex.Ascii("x")) });
            Assert.AreEqual((int)DataAccessResult.Success, (int)results[0]);
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)results[1]);
            CollectionAssert.AreEqual(Pattern(500, 2), written.ValueOf(2).GetBytes());

            // A small SET with list goes in one APDU.
            results = client.SetWithList(new CosemAttributeDescriptor[] { readOnly }, new DlmsData[] { DlmsData.OctetString(Hex.Ascii("y")) });
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)results[0]);

            invoked.Returned = DlmsData.OctetString(Pattern(700, 3));
            ActionResponseNormal response = client.Action(method, DlmsData.OctetString(Pattern(800, 4)));
            Assert.AreEqual((int)ActionResult.Success, (int)response.Result);
            CollectionAssert.AreEqual(Pattern(700, 3), response.ReturnParameters.Data.GetBytes());
            CollectionAssert.AreEqual(Pattern(800, 4), invoked.LastParameters.GetBytes());
            Assert.AreEqual(1, invoked.Invocations);

            ActionResponseWithOptionalData[] responses = client.ActionWithList(new CosemMethodDescriptor[] { other, method }, new DlmsData[] { DlmsData.Integer(0), DlmsData.OctetString(Pattern(300, 5)) });
            Assert.AreEqual(2, responses.Length);
            Assert.AreEqual((int)ActionResult.Success, (int)responses[0].Result);
            Assert.AreEqual((int)ActionResult.Success, (int)responses[1].Result);
            CollectionAssert.AreEqual(Pattern(700, 3), responses[1].ReturnParameters.Data.GetBytes());
            CollectionAssert.AreEqual(Pattern(300, 5), invoked.LastParameters.GetBytes());
        }

        private static void AssertFails(DlmsClient client, CosemAttributeDescriptor attribute, CosemMethodDescriptor method, string expected)
        {
            try
            {
                if (attribute != null)
                {
                    client.Set(attribute, DlmsData.OctetString(Pattern(1000, 1)));
                }
                else
                {
                    client.Action(method, DlmsData.OctetString(Pattern(1000, 1)));
                }

                Assert.IsTrue(false, "a request above the server's size was sent without block transfer");
            }
            catch (DlmsClientException e)
            {
                Assert.Contains(expected, e.Message);
            }
        }

        /// <summary>A real session whose block acknowledgements (C5 02 or C7 04, as chosen) carry the next block's number instead.</summary>
        private sealed class MisnumberingSession : IApduSession
        {
            private readonly IApduSession _session;

            public MisnumberingSession(IApduSession session)
            {
                _session = session;
            }

            public byte Misnumber { get; set; }

            public int MaxApduSize
            {
                get { return _session.MaxApduSize; }
            }

            public int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
            {
                int length = _session.Process(request, offset, count, response, responseOffset, responseCount);
                bool acknowledgement = (Misnumber == XdlmsTag.SetResponse && response[responseOffset + 1] == XdlmsTag.SetResponseDataBlock)
                    || (Misnumber == XdlmsTag.ActionResponse && response[responseOffset + 1] == XdlmsTag.ActionResponseNextPBlock);
                if (length == ActionResponseNextPBlock.Size && response[responseOffset] == Misnumber && acknowledgement)
                {
                    response[responseOffset + length - 1]++;
                }

                return length;
            }

            public void Close()
            {
                _session.Close();
            }
        }

        private static DlmsClient CipheredClient(ServerRig rig, int seed)
        {
            SecurityVectors v = new SecurityVectors(seed);
            ClientSecurity security = new ClientSecurity(v.Rig.Operations, v.EncryptionKey, v.AuthenticationKey, Hex.Parse(SecurityVectors.ClientTitle), 1, new HmacDrbg(new VirtualTrng(seed)));
            return new DlmsClient(new LoopbackTransport(rig.Server.Open(AssociationPolicy.ManagementClientSap, DlmsServer.ManagementLogicalDevice)), security);
        }

        private static byte[] Pattern(int length, int seed)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(i * 13 + seed);
            }

            return bytes;
        }
    }
}
