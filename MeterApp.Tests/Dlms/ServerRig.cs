using System.Collections;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Security;
using Meter.Tests.Crypto;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// A DLMS server with the public (SAP 16) and management (SAP 1, HLS-GMAC, ciphered) policies
    /// over fake objects, its key store holding the Green Book keys (dlms-green-book.txt "Common
    /// keys") in the DLMS slots, and an HLS challenge source that gives the Green Book StoC
    /// "P6wRJ21F" (503677524A323146, Table 43), so the client's f(StoC) with IC 1 and the server's
    /// f(CtoS) with IC 01234567 are the published values. A third policy, SAP 0x20 ("open"), has no
    /// security and every service the server implements (SET and ACTION with lists and blocks), for
    /// service tests that look at plain bytes.
    /// </summary>
    internal sealed class ServerRig
    {
        public const uint FirstServerCounter = 0x01234566;

        /// <summary>Client SAP of the open policy: lowest level security, every service.</summary>
        public const ushort OpenClientSap = 0x20;

        /// <summary>Every service this server implements.</summary>
        public const Conformance AllServices = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.SelectiveAccess
            | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite
            | Conformance.BlockTransferWithAction;

        public static readonly byte[] DeviceNameLn = { 0, 0, 42, 0, 0, 255 };
        public static readonly byte[] SerialLn = { 0, 0, 96, 1, 0, 255 };
        public static readonly byte[] EnergyLn = { 1, 0, 1, 8, 0, 255 };
        public static readonly byte[] ProfileLn = { 1, 0, 99, 1, 0, 255 };
        public static readonly byte[] SettingLn = { 0, 0, 96, 50, 0, 255 };
        public static readonly byte[] DisconnectLn = { 0, 0, 96, 3, 10, 255 };
        public static readonly byte[] AssociationLnName = { 0, 0, 40, 0, 0, 255 };
        public static readonly byte[] NoteLn = { 0, 0, 96, 50, 1, 255 };

        public readonly CryptoRig Crypto;
        public readonly RamInvocationCounterGuard ClientGuard = new RamInvocationCounterGuard();
        public readonly RamInvocationCounterSource ServerCounter = new RamInvocationCounterSource(FirstServerCounter);
        public readonly EventList Events = new EventList();
        public readonly DlmsServer Server;
        public readonly ServerFakeObject DeviceName = new ServerFakeObject(1, DeviceNameLn, 2, 0).With(2, DlmsData.OctetString(Hex.Ascii("MTR0001234567")));
        public readonly ServerFakeObject Serial = new ServerFakeObject(1, SerialLn, 2, 0).With(2, DlmsData.VisibleString("12345678"));
        public readonly ServerFakeObject Energy = new ServerFakeObject(3, EnergyLn, 3, 1)
            .With(2, DlmsData.DoubleLongUnsigned(123456))
            .With(3, DlmsData.Structure(DlmsData.Integer(0), DlmsData.Enum(30)));

        public readonly ServerFakeObject Profile = new ServerFakeObject(7, ProfileLn, 8, 2).With(2, LongBuffer(120));
        public readonly ServerFakeObject Setting = new ServerFakeObject(1, SettingLn, 2, 0).With(2, DlmsData.Unsigned(5));
        public readonly ServerFakeObject Disconnect = new ServerFakeObject(70, DisconnectLn, 4, 2);
        public readonly ServerFakeObject Note = new ServerFakeObject(1, NoteLn, 2, 0).With(2, DlmsData.OctetString(new byte[0]));

        public ServerRig(int seed)
        {
            Crypto = CryptoRig.Create(seed);
            KeyHandle ek = Crypto.Keys.Import(DlmsKeySlots.GlobalUnicast, KeyType.Aes128, KeyUsage.Encryption, Hex.Parse(SecurityVectors.Ek), 0, 16);
            KeyHandle ak = Crypto.Keys.Import(DlmsKeySlots.Authentication, KeyType.Aes128, KeyUsage.Authentication, Hex.Parse(SecurityVectors.Ak), 0, 16);
            Ciphering = new CipheringSetup(Crypto.Providers, Crypto.Keys, Crypto.Health, Hex.Parse(SecurityVectors.ServerTitle), ek, ak, ClientGuard, ServerCounter);

            ObjectList publicObjects = new ObjectList()
                .Add(DeviceName, AccessRights.ReadOnly(DeviceName))
                .Add(Serial, AccessRights.ReadOnly(Serial))
                .Add(Energy, new AccessRights(3, 1).SetAttribute(1, AttributeAccess.Read).SetAttribute(3, AttributeAccess.Read))
                .Add(Profile, AccessRights.ReadOnly(Profile).SetAttribute(2, AttributeAccess.Read, new byte[] { 1, 2 }));
            ObjectList managementObjects = new ObjectList()
                .Add(DeviceName, AccessRights.ReadOnly(DeviceName))
                .Add(Energy, AccessRights.Uniform(Energy, AttributeAccess.AuthenticatedRead, MethodAccess.AuthenticatedAccess))
                .Add(Profile, AccessRights.Uniform(Profile, AttributeAccess.AuthenticatedRead, MethodAccess.NoAccess).SetAttribute(2, AttributeAccess.AuthenticatedRead, new byte[] { 1, 2 }))
                .Add(Setting, AccessRights.Uniform(Setting, AttributeAccess.AuthenticatedReadWrite, MethodAccess.NoAccess))
                .Add(Disconnect, new AccessRights(4, 2).SetAttribute(1, AttributeAccess.Read).SetMethod(1, MethodAccess.AuthenticatedAccess));

            Server = new DlmsServer(new FixedRandom(Hex.Parse(SecurityVectors.StoC)), Events);
            Server.Settings.ChallengeLength = 8;
            Server.AddPolicy(AssociationPolicy.PublicClient(publicObjects));
            Server.AddPolicy(AssociationPolicy.ManagementClient(managementObjects, Ciphering));

            ObjectList openObjects = new ObjectList()
                .Add(DeviceName, AccessRights.ReadOnly(DeviceName))
                .Add(Note, AccessRights.Uniform(Note, AttributeAccess.ReadWrite, MethodAccess.NoAccess))
                .Add(Disconnect, new AccessRights(4, 2).SetAttribute(1, AttributeAccess.Read).SetMethod(1, MethodAccess.Access).SetMethod(2, MethodAccess.Access));
            Server.AddPolicy(new AssociationPolicy(OpenClientSap, ApplicationContextName.LogicalName, MechanismName.None, AllServices, openObjects, null));
        }

        public readonly CipheringSetup Ciphering;

        /// <summary>A client on a fresh public (SAP 16) session.</summary>
        public ServerClient PublicClient()
        {
            return new ServerClient(Server.Open(AssociationPolicy.PublicClientSap, DlmsServer.ManagementLogicalDevice), null);
        }

        /// <summary>A client on a fresh open (SAP 0x20) session, not yet associated.</summary>
        public ServerClient OpenClient()
        {
            return new ServerClient(Server.Open(OpenClientSap, DlmsServer.ManagementLogicalDevice), null);
        }

        /// <summary>A client on a fresh management (SAP 1) session, with its own chip holding the same keys.</summary>
        public ServerClient ManagementClient(int seed)
        {
            return new ServerClient(Server.Open(AssociationPolicy.ManagementClientSap, DlmsServer.ManagementLogicalDevice), new SecurityVectors(seed));
        }

        /// <summary>A profile buffer of <paramref name="rows"/> rows (a value far longer than one APDU).</summary>
        public static DlmsData LongBuffer(int rows)
        {
            DlmsData[] entries = new DlmsData[rows];
            for (int i = 0; i < rows; i++)
            {
                entries[i] = DlmsData.Structure(DlmsData.DoubleLongUnsigned((uint)(1000 + i)), DlmsData.OctetString(Hex.Repeat((byte)i, 6)));
            }

            return DlmsData.Array(entries);
        }

        /// <summary>Gives the same bytes every time (the HLS challenge of the Green Book example).</summary>
        internal sealed class FixedRandom : IRandomSource
        {
            private readonly byte[] _pattern;

            public FixedRandom(byte[] pattern)
            {
                _pattern = pattern;
            }

            public void GetBytes(byte[] buffer, int offset, int count)
            {
                for (int i = 0; i < count; i++)
                {
                    buffer[offset + i] = _pattern[i % _pattern.Length];
                }
            }
        }

        /// <summary>Records event codes.</summary>
        internal sealed class EventList : IEventRecorder
        {
            public readonly ArrayList Codes = new ArrayList();

            public void Record(ushort code, string details)
            {
                Codes.Add((int)code);
            }

            public int CountOf(ushort code)
            {
                int count = 0;
                for (int i = 0; i < Codes.Count; i++)
                {
                    if ((int)Codes[i] == code)
                    {
                        count++;
                    }
                }

                return count;
            }
        }
    }

    /// <summary>Writes an APDU into buffer[offset .. offset + count); returns its length.</summary>
    internal delegate int EncodeInto(byte[] buffer, int offset, int count);

    /// <summary>The client side of the server tests: builds requests, protects them with its own keys and opens the answers.</summary>
    internal sealed class ServerClient
    {
        public const byte Invoke = 0xC1;

        public readonly IApduSession Session;
        public readonly SecurityVectors Keys;
        public readonly SecurityContext Context;
        public uint Counter;
        private readonly ApduCipher _cipher;
        private readonly byte[] _response = new byte[4096];
        private readonly XdlmsApduDecoder _decoder = new XdlmsApduDecoder(new AxdrDecoder());

        public ServerClient(IApduSession session, SecurityVectors keys)
        {
            Assert.IsNotNull(session);
            Session = session;
            Keys = keys;
            if (keys != null)
            {
                Context = keys.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, new RamInvocationCounterGuard());
                _cipher = new ApduCipher(keys.Rig.Operations, 2048);
            }
        }

        public byte[] Exchange(byte[] apdu)
        {
            int written = Session.Process(apdu, 0, apdu.Length, _response, 0, _response.Length);
            return DlmsBytes.Take(_response, written);
        }

        public byte[] Exchange(string hex)
        {
            return Exchange(Hex.Parse(hex));
        }

        /// <summary>The glo- form of <paramref name="plain"/> under the client's title and <paramref name="counter"/>.</summary>
        public byte[] Protect(byte[] plain, uint counter, byte securityControl)
        {
            byte[] output = new byte[plain.Length + 64];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)_cipher.Protect(Context, false, securityControl, counter, plain, 0, plain.Length, output, 0, output.Length, out written));
            return DlmsBytes.Take(output, written);
        }

        /// <summary>Sends <paramref name="plain"/> glo-ciphered (SC 0x30) with the next counter; returns the opened answer.</summary>
        public byte[] ExchangeCiphered(byte[] plain)
        {
            return Open(Exchange(Protect(plain, Counter++, SecurityControl.AuthenticatedAndEncrypted)));
        }

        /// <summary>The plain form of a ciphered answer; other answers unchanged.</summary>
        public byte[] Open(byte[] raw)
        {
            if (raw.Length == 0 || (raw[0] != CipheredTag.GeneralGloCiphering && CipheredTag.PlainOf(raw[0]) < 0))
            {
                return raw;
            }

            byte[] plain = new byte[raw.Length];
            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual((int)CipherResult.Ok, (int)_cipher.Unprotect(Context, raw, 0, raw.Length, plain, 0, plain.Length, header));
            Assert.AreEqual((int)SecurityControl.AuthenticatedAndEncrypted, (int)header.SecurityControl);
            return DlmsBytes.Take(plain, header.PlaintextLength);
        }

        public object Decode(byte[] plain)
        {
            XdlmsParseResult parse = _decoder.Decode(plain, 0, plain.Length);
            Assert.IsTrue(parse.IsOk, "answer decodes: " + Hex.Format(plain));
            return parse.Apdu;
        }

        public static byte[] InitiateRequest(Conformance conformance, int clientMaxReceivePdu)
        {
            InitiateRequest request = new InitiateRequest();
            request.ProposedConformance = conformance;
            request.ClientMaxReceivePduSize = clientMaxReceivePdu;
            byte[] buffer = new byte[64];
            int written;
            request.Encode(buffer, 0, out written);
            return DlmsBytes.Take(buffer, written);
        }

        public static byte[] Encode(Aarq aarq)
        {
            byte[] buffer = new byte[512];
            int written;
            Assert.AreEqual((int)AcseError.None, (int)aarq.Encode(buffer, 0, out written));
            return DlmsBytes.Take(buffer, written);
        }

        public static Aare DecodeAare(byte[] bytes)
        {
            Aare aare = new Aare();
            Assert.AreEqual((int)AcseError.None, (int)aare.Decode(bytes, 0, bytes.Length, 1024), "AARE " + Hex.Format(bytes));
            return aare;
        }

        /// <summary>A public AARQ proposing <paramref name="conformance"/> and <paramref name="clientMaxReceivePdu"/>.</summary>
        public static byte[] PublicAarq(Conformance conformance, int clientMaxReceivePdu)
        {
            Aarq aarq = new Aarq();
            aarq.UserInformation = InitiateRequest(conformance, clientMaxReceivePdu);
            return Encode(aarq);
        }

        /// <summary>The management AARQ: LN with ciphering, HLS-GMAC, CtoS of the Green Book, glo-initiateRequest under the next counter.</summary>
        public Aarq ManagementAarq(Conformance conformance, int clientMaxReceivePdu)
        {
            Aarq aarq = new Aarq();
            aarq.ApplicationContext = ApplicationContextName.LogicalNameCiphered;
            aarq.CallingApTitle = Hex.Parse(SecurityVectors.ClientTitle);
            aarq.Authentication = true;
            aarq.HasMechanismName = true;
            aarq.Mechanism = MechanismName.HlsGmac;
            aarq.CallingAuthenticationValue = Hex.Parse(SecurityVectors.CtoS);
            aarq.UserInformation = Protect(InitiateRequest(conformance, clientMaxReceivePdu), Counter++, SecurityControl.AuthenticatedAndEncrypted);
            return aarq;
        }

        /// <summary>AARQ (accepted, pending) then HLS pass 3/4; returns the action response's f(CtoS).</summary>
        public byte[] AssociateManagement(int clientMaxReceivePdu)
        {
            return AssociateManagement(Conformance.Get | Conformance.Set | Conformance.Action | Conformance.SelectiveAccess | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead, clientMaxReceivePdu);
        }

        /// <summary>AARQ proposing <paramref name="conformance"/>, then HLS pass 3/4; returns the action response's f(CtoS).</summary>
        public byte[] AssociateManagement(Conformance conformance, int clientMaxReceivePdu)
        {
            Aare aare = DecodeAare(Exchange(Encode(ManagementAarq(conformance, clientMaxReceivePdu))));
            Assert.AreEqual((int)AssociationResult.Accepted, (int)aare.Result);
            byte[] challenge = aare.RespondingAuthenticationValue;
            byte[] answer = new byte[HlsGmac.ResponseLength];
            new HlsGmac(Keys.Rig.Operations).Compute(Context, Counter++, challenge, 0, challenge.Length, answer, 0);
            ActionResponseNormal response = (ActionResponseNormal)Decode(ExchangeCiphered(ReplyToHls(answer)));
            Assert.AreEqual((int)ActionResult.Success, (int)response.Result);
            return response.ReturnParameters.Data.GetBytes();
        }

        public static byte[] ReplyToHls(byte[] answer)
        {
            return Encode(new ActionRequestNormal(Invoke, new CosemMethodDescriptor(15, ServerRig.AssociationLnName, 1), DlmsData.OctetString(answer)));
        }

        public static byte[] Get(ushort classId, byte[] logicalName, int attribute)
        {
            return Encode(new GetRequestNormal(Invoke, new CosemAttributeDescriptor(classId, logicalName, (sbyte)attribute), null));
        }

        public static byte[] Encode(GetRequestNormal request)
        {
            byte[] buffer = new byte[request.Size];
            request.Encode(buffer, 0, buffer.Length);
            return buffer;
        }

        public static byte[] Encode(SetRequestNormal request)
        {
            byte[] buffer = new byte[request.Size];
            request.Encode(buffer, 0, buffer.Length);
            return buffer;
        }

        public static byte[] Encode(ActionRequestNormal request)
        {
            byte[] buffer = new byte[request.Size];
            request.Encode(buffer, 0, buffer.Length);
            return buffer;
        }

        /// <summary>The bytes of any request with a Size and an Encode(buffer, offset, count).</summary>
        public static byte[] Encode(int size, EncodeInto encode)
        {
            byte[] buffer = new byte[size];
            Assert.AreEqual(size, encode(buffer, 0, size));
            return buffer;
        }

        /// <summary>The GET answer of a plain association: its Get-Data-Result.</summary>
        public GetDataResult GetPlain(ushort classId, byte[] logicalName, int attribute)
        {
            return ((GetResponseNormal)Decode(Exchange(Get(classId, logicalName, attribute)))).Result;
        }

        /// <summary>The GET answer of a ciphered association: its Get-Data-Result.</summary>
        public GetDataResult GetCiphered(ushort classId, byte[] logicalName, int attribute)
        {
            return ((GetResponseNormal)Decode(ExchangeCiphered(Get(classId, logicalName, attribute)))).Result;
        }
    }
}
