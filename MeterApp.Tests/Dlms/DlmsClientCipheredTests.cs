using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// The DLMS client against <see cref="FakeMeterSession"/> with real suite 0 crypto (the Green Book
    /// keys of <see cref="SecurityVectors"/>): HLS-GMAC passes 1 to 4, glo-ciphered services, the
    /// invocation counter rising by one per protected APDU, and every forged, replayed or
    /// unauthenticated answer refused with a message.
    /// </summary>
    [TestClass]
    public class DlmsClientCipheredTests
    {
        private static readonly byte[] EnergyImport = { 1, 0, 1, 8, 0, 255 };
        private static readonly byte[] LogicalDeviceName = { 0, 0, 42, 0, 0, 255 };

        [TestMethod]
        public void AnHlsGmacAssociationAuthenticatesBothSidesAndCiphersEveryService()
        {
            SecurityVectors v = new SecurityVectors(150);
            FakeMeterSession meter = NewMeter(v);
            meter.BlockSize = 16;
            meter.Put(8, new byte[] { 0, 0, 1, 0, 0, 255 }, 2, DlmsData.OctetString(Hex.Parse("07E50118FF0E303950FFC400")));
            DlmsClient client = Client(v, meter, 100);

            client.Associate();
            Assert.IsTrue(meter.Authenticated);
            Assert.AreEqual(SecurityVectors.ServerTitle, Hex.Format(client.ServerSystemTitle));
            // AARQ's glo-initiateRequest 100, the ACTION 101, f(StoC) 102.
            Assert.AreEqual(103u, client.NextInvocationCounter);

            GetDataResult energy = client.Get(new CosemAttributeDescriptor(3, EnergyImport, 2));
            Assert.AreEqual(123456789L, energy.Data.AsInt64());

            // 40 bytes of name: three glo-ciphered data blocks of 16, each acknowledged by Get-Request-Next.
            GetDataResult name = client.Get(new CosemAttributeDescriptor(1, LogicalDeviceName, 2));
            Assert.AreEqual("MTR0123456789012345678901234567890123456", name.Data.AsString());

            GetDataResult[] both = client.GetWithList(new CosemAttributeDescriptor[]
            {
                new CosemAttributeDescriptor(3, EnergyImport, 3),
                new CosemAttributeDescriptor(3, EnergyImport, 9),
            });
            Assert.AreEqual(2, both[0].Data.Count);
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)both[1].AccessResult);

            Assert.AreEqual((int)DataAccessResult.Success, (int)client.Set(new CosemAttributeDescriptor(1, LogicalDeviceName, 2), DlmsData.VisibleString("renamed")));
            Assert.AreEqual("renamed", meter.Value(1, LogicalDeviceName, 2).AsString());

            client.Release();
            Assert.IsFalse(meter.Associated);

            // One counter per protected APDU, strictly increasing: 100..102 association, 103 GET,
            // 104-106 blocks, 107 with-list, 108 SET, 109 the RLRQ's glo-initiateRequest (not seen: the fake does not open it).
            Assert.AreEqual(9, meter.ClientCounters.Count);
            for (int i = 0; i < meter.ClientCounters.Count; i++)
            {
                Assert.AreEqual((uint)(100 + i), (uint)meter.ClientCounters[i]);
            }

            Assert.AreEqual(110u, client.NextInvocationCounter);

            // A new association of the same client goes on counting: no counter (and no IV) is used twice.
            client.Associate();
            Assert.AreEqual(110u, (uint)meter.ClientCounters[9]);
            Assert.AreEqual(123456789L, client.Get(new CosemAttributeDescriptor(3, EnergyImport, 2)).Data.AsInt64());
            Assert.AreEqual(114u, client.NextInvocationCounter);
        }

        [TestMethod]
        public void ForgedAndReplayedResponsesAreRefused()
        {
            SecurityVectors v = new SecurityVectors(151);
            FakeMeterSession meter = NewMeter(v);
            DlmsClient client = Client(v, meter, 1);
            client.Associate();
            CosemAttributeDescriptor energy = new CosemAttributeDescriptor(3, EnergyImport, 2);

            meter.ForgeNextResponse = true;
            AssertGetFails(client, energy, "authentication tag does not verify");

            Assert.AreEqual(123456789L, client.Get(energy).Data.AsInt64());
            meter.ReplayNextResponse = true;
            AssertGetFails(client, energy, "replay");

            Assert.AreEqual(123456789L, client.Get(energy).Data.AsInt64());
        }

        [TestMethod]
        public void AServerWithoutOurKeysOrWithAnotherTitleIsNotTrusted()
        {
            SecurityVectors v = new SecurityVectors(152);

            FakeMeterSession impostor = NewMeter(v);
            impostor.ForgeCtoS = true;
            DlmsClient client = Client(v, impostor, 1);
            AssertAssociateFails(client, "f(CtoS) does not verify");
            Assert.IsFalse(client.IsAssociated);

            SecurityVectors other = new SecurityVectors(153);
            KeyHandle wrongKey = other.Rig.Keys.Import(3, KeyType.Aes128, KeyUsage.Encryption, Hex.Parse("0f0e0d0c0b0a09080706050403020100"), 0, 16);
            FakeMeterSession otherKeys = new FakeMeterSession(other.Rig.Operations, wrongKey, other.AuthenticationKey, Hex.Parse(SecurityVectors.ServerTitle), 1);
            AssertAssociateFails(Client(v, otherKeys, 1), "association refused: rejected-permanent, authentication failure");

            ClientSecurity security = Security(v, 1);
            security.ExpectedServerSystemTitle = Hex.Parse("4d4d4d0000000099");
            AssertAssociateFails(new DlmsClient(new LoopbackTransport(NewMeter(v)), security), "not the one expected");
        }

        [TestMethod]
        public void APublicClientReadsPlainValuesAlsoInBlocks()
        {
            SecurityVectors v = new SecurityVectors(154);
            FakeMeterSession meter = NewMeter(v);
            meter.BlockSize = 8;
            DlmsClient client = new DlmsClient(new LoopbackTransport(meter), null);
            client.Associate();
            Assert.IsNull(client.ServerSystemTitle);
            Assert.AreEqual("MTR0123456789012345678901234567890123456", client.Get(new CosemAttributeDescriptor(1, LogicalDeviceName, 2)).Data.AsString());
            client.Release();
            Assert.AreEqual(0, meter.ClientCounters.Count);
        }

        internal static FakeMeterSession NewMeter(SecurityVectors v)
        {
            FakeMeterSession meter = new FakeMeterSession(v.Rig.Operations, v.EncryptionKey, v.AuthenticationKey, Hex.Parse(SecurityVectors.ServerTitle), 1000);
            meter.Put(3, EnergyImport, 2, DlmsData.DoubleLongUnsigned(123456789));
            meter.Put(3, EnergyImport, 3, DlmsData.Structure(DlmsData.Integer(0), DlmsData.Enum(30)));
            meter.Put(1, LogicalDeviceName, 2, DlmsData.VisibleString("MTR0123456789012345678901234567890123456"));
            return meter;
        }

        private static ClientSecurity Security(SecurityVectors v, uint counter)
        {
            return new ClientSecurity(v.Rig.Operations, v.EncryptionKey, v.AuthenticationKey, Hex.Parse(SecurityVectors.ClientTitle), counter, new HmacDrbg(new VirtualTrng(11)));
        }

        private static DlmsClient Client(SecurityVectors v, FakeMeterSession meter, uint counter)
        {
            return new DlmsClient(new LoopbackTransport(meter), Security(v, counter));
        }

        private static void AssertGetFails(DlmsClient client, CosemAttributeDescriptor attribute, string message)
        {
            try
            {
                client.Get(attribute);
            }
            catch (DlmsClientException e)
            {
                Assert.Contains(message, e.Message);
                return;
            }

            Assert.IsTrue(false, "expected: " + message);
        }

        private static void AssertAssociateFails(DlmsClient client, string message)
        {
            try
            {
                client.Associate();
            }
            catch (DlmsClientException e)
            {
                Assert.Contains(message, e.Message);
                return;
            }

            Assert.IsTrue(false, "expected: " + message);
        }
    }
}
