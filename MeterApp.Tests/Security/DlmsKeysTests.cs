using Meter.Events;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Storage;
using Meter.Tests.Crypto;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Security
{
    /// <summary>First-start provisioning of the DLMS identity and suite 0 keys, the shipment, and later boots.</summary>
    [TestClass]
    public class DlmsKeysTests
    {
        [TestMethod]
        public void FirstStartProvisionsAndShipsALaterStartReopensTheSameKeys()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            ProvisioningRig first = ProvisioningRig.Boot(flash, 1, 1);
            DlmsKeys keys = first.Provision(ProvisioningRig.Station(12345678, sink));
            Assert.IsTrue(keys.IsReady);
            Assert.IsTrue(keys.GeneratedThisBoot);
            Assert.AreEqual("4D4D4D0000BC614E", keys.Identity.SystemTitleHex);
            Assert.AreEqual(1, sink.Deliveries);
            Assert.AreEqual(1, first.Count(EventCode.DeviceKeysGenerated));
            Assert.Contains("4D4D4D0000BC614E", (string)first.Events.Details[0]);
            Assert.AreEqual((int)KeyUsage.Encryption, (int)keys.Get(DlmsKeySlots.GlobalUnicast).Usage);
            Assert.AreEqual((int)KeyUsage.Encryption, (int)keys.Get(DlmsKeySlots.GlobalBroadcast).Usage);
            Assert.AreEqual((int)KeyUsage.Authentication, (int)keys.Get(DlmsKeySlots.Authentication).Usage);
            Assert.AreEqual((int)KeyUsage.KeyWrap, (int)keys.Get(DlmsKeySlots.MasterKek).Usage);
            Assert.AreEqual((int)KeyType.Aes128, (int)keys.Get(DlmsKeySlots.MasterKek).Type);

            string error;
            ShipmentFile shipment = sink.Parse(out error);
            Assert.IsNotNull(shipment, error);
            Assert.AreEqual(1, shipment.LogicalDevice);
            Assert.AreEqual(1, shipment.ClientSap);
            AssertShipmentOpens(first, keys, shipment);

            // A later start: another station (a new serial number) changes nothing, ships nothing.
            ProvisioningRig second = ProvisioningRig.Boot(flash, 1, 2);
            DlmsKeys reopened = second.Provision(ProvisioningRig.Station(99, sink));
            Assert.IsTrue(reopened.IsReady);
            Assert.IsFalse(reopened.GeneratedThisBoot);
            Assert.AreEqual("4D4D4D0000BC614E", reopened.Identity.SystemTitleHex);
            Assert.AreEqual(1, sink.Deliveries);
            Assert.AreEqual(0, second.Events.Codes.Count);
            AssertShipmentOpens(second, reopened, shipment);
        }

        [TestMethod]
        public void FlashHoldsNoShippedKeyInClear()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            ProvisioningRig.Boot(flash, 2, 1).Provision(ProvisioningRig.Station(5, sink));
            string error;
            ShipmentFile shipment = sink.Parse(out error);
            byte[] image = flash.GetImage();
            for (int keyId = 0; keyId < 4; keyId++)
            {
                byte[] key = new byte[16];
                shipment.CopyKey(keyId, key, 0);
                for (int at = 0; at + 8 <= image.Length; at++)
                {
                    bool found = true;
                    for (int i = 0; i < 8 && found; i++)
                    {
                        found = image[at + i] == key[i];
                    }

                    Assert.IsFalse(found, "key " + keyId + " in clear at flash address " + at);
                }
            }
        }

        [TestMethod]
        public void ADamagedKeySlotIsReportedNotRegenerated()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            ProvisioningRig.Boot(flash, 3, 1).Provision(ProvisioningRig.Station(7, sink));

            ProvisioningRig editor = ProvisioningRig.Boot(flash, 3, 2);
            ushort recordKey = (ushort)(RecordKeys.KeyMaterialFirst + DlmsKeySlots.Authentication);
            byte[] record = new byte[editor.Store.MaxPayloadLength];
            int length = editor.Store.Read(recordKey, record, 0);
            record[length - 1] ^= 0x01;
            editor.Store.Write(recordKey, record, 0, length);

            ProvisioningRig meter = ProvisioningRig.Boot(flash, 3, 3);
            DlmsKeys keys = meter.Provision(ProvisioningRig.Station(8, sink));
            Assert.IsTrue(keys.IsDamaged(DlmsKeySlots.Authentication));
            Assert.IsNull(keys.Get(DlmsKeySlots.Authentication));
            Assert.IsFalse(keys.IsReady);
            Assert.IsFalse(keys.GeneratedThisBoot);
            Assert.IsNotNull(keys.Get(DlmsKeySlots.GlobalUnicast));
            Assert.IsFalse(keys.IsDamaged(DlmsKeySlots.GlobalUnicast));
            Assert.AreEqual(1, meter.Count(EventCode.NvMemoryError));
            Assert.Contains("slot 10 damaged", (string)meter.Events.Details[0]);
            Assert.AreEqual(0, meter.Count(EventCode.DeviceKeysGenerated));
            Assert.AreEqual(1, sink.Deliveries, "nothing shipped again");
            Assert.IsTrue(meter.Keys.IsOccupied(DlmsKeySlots.Authentication), "the damaged record is left for the head-end to decide");
        }

        [TestMethod]
        public void AMissingKeyAfterProvisioningIsReportedNotRegenerated()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            ProvisioningRig.Boot(flash, 4, 1).Provision(ProvisioningRig.Station(7, sink));
            ProvisioningRig.Boot(flash, 4, 2).Keys.Erase(DlmsKeySlots.MasterKek);

            ProvisioningRig meter = ProvisioningRig.Boot(flash, 4, 3);
            DlmsKeys keys = meter.Provision(ProvisioningRig.Station(8, sink));
            Assert.IsNull(keys.Get(DlmsKeySlots.MasterKek));
            Assert.IsFalse(keys.IsDamaged(DlmsKeySlots.MasterKek));
            Assert.IsFalse(keys.IsReady);
            Assert.AreEqual(1, meter.Count(EventCode.NvMemoryError));
            Assert.Contains("slot 11 missing", (string)meter.Events.Details[0]);
            Assert.AreEqual(1, sink.Deliveries);
        }

        [TestMethod]
        public void ADamagedIdentityIsReportedAndNothingIsGenerated()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            ProvisioningRig.Boot(flash, 5, 1).Provision(ProvisioningRig.Station(7, sink));
            ProvisioningRig.Boot(flash, 5, 2).Store.Write(RecordKeys.DlmsIdentity, new byte[] { 9, 9, 9 }, 0, 3);

            ProvisioningRig meter = ProvisioningRig.Boot(flash, 5, 3);
            DlmsKeys keys = meter.Provision(ProvisioningRig.Station(8, sink));
            Assert.IsTrue(keys.IsIdentityDamaged);
            Assert.IsNull(keys.Identity);
            Assert.IsFalse(keys.IsReady);
            Assert.IsNotNull(keys.Get(DlmsKeySlots.GlobalUnicast), "the keys still open");
            Assert.AreEqual(1, meter.Count(EventCode.NvMemoryError));
            Assert.AreEqual(0, meter.Count(EventCode.DeviceKeysGenerated));
            Assert.AreEqual(1, sink.Deliveries);
        }

        [TestMethod]
        public void AFailedShipmentLeavesTheMeterUnprovisionedUntilTheNextStart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            sink.Fails = true;
            ProvisioningRig first = ProvisioningRig.Boot(flash, 6, 1);
            DlmsKeys keys = first.Provision(ProvisioningRig.Station(7, sink));
            Assert.IsFalse(keys.IsReady);
            Assert.IsNull(keys.Identity);
            Assert.IsNull(keys.Get(DlmsKeySlots.GlobalUnicast));
            Assert.AreEqual(1, first.Count(EventCode.NvMemoryError));
            Assert.Contains("shipment not delivered", (string)first.Events.Details[0]);
            Assert.AreEqual(0, first.Count(EventCode.DeviceKeysGenerated));

            sink.Fails = false;
            ProvisioningRig second = ProvisioningRig.Boot(flash, 6, 2);
            DlmsKeys retried = second.Provision(ProvisioningRig.Station(8, sink));
            Assert.IsTrue(retried.IsReady);
            Assert.AreEqual("4D4D4D0000000008", retried.Identity.SystemTitleHex);
            string error;
            AssertShipmentOpens(second, retried, sink.Parse(out error));
        }

        [TestMethod]
        public void APowerCutDuringProvisioningEndsWithKeysThatMatchTheLastShipment()
        {
            bool sawAnInterruptedAttempt = false;
            for (int cut = 1; cut <= 14; cut++)
            {
                VirtualFlash flash = new VirtualFlash(4096, 8, cut);
                MemoryShipmentSink sink = new MemoryShipmentSink();
                ProvisioningRig first = ProvisioningRig.Boot(flash, 7, 1);
                flash.CutPowerAtOperation(cut);
                try
                {
                    first.Provision(ProvisioningRig.Station(100 + cut, sink));
                }
                catch (PowerCutException)
                {
                }

                flash.PowerOn();
                ProvisioningRig second = ProvisioningRig.Boot(flash, 7, 2);
                DlmsKeys keys = second.Provision(ProvisioningRig.Station(200 + cut, sink));
                Assert.IsTrue(keys.IsReady, "cut " + cut);
                string error;
                ShipmentFile shipment = sink.Parse(out error);
                Assert.IsNotNull(shipment, "cut " + cut + ": " + error);
                AssertShipmentOpens(second, keys, shipment);
                if (keys.GeneratedThisBoot && ((string)second.Events.Details[0]).IndexOf("interrupted") >= 0)
                {
                    sawAnInterruptedAttempt = true;
                }
            }

            Assert.IsTrue(sawAnInterruptedAttempt, "some cut fell between two key records");
        }

        [TestMethod]
        public void AReadOnlyStoreProvisionsNothing()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            MemoryShipmentSink sink = new MemoryShipmentSink();
            ProvisioningRig meter = ProvisioningRig.Boot(flash, 8, 1);
            DlmsKeys keys = DlmsKeys.Provision(meter.Keys, meter.Store, meter.Events, false, ProvisioningRig.Station(7, sink));
            Assert.IsFalse(keys.IsReady);
            Assert.IsNull(keys.Identity);
            Assert.AreEqual(0, sink.Deliveries);
            Assert.AreEqual(0, meter.Events.Codes.Count);
            Assert.IsFalse(meter.Keys.IsOccupied(DlmsKeySlots.GlobalUnicast));
        }

        [TestMethod]
        public void WithoutAFactoryStationAnUnprovisionedMeterStaysSoAndAProvisionedOneOpens()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            ProvisioningRig blank = ProvisioningRig.Boot(flash, 9, 1);
            DlmsKeys none = DlmsKeys.Provision(blank.Keys, blank.Store, blank.Events, true, null);
            Assert.IsFalse(none.IsReady);
            Assert.AreEqual(0, blank.Events.Codes.Count);

            ProvisioningRig.Boot(flash, 9, 2).Provision(ProvisioningRig.Station(7, new MemoryShipmentSink()));
            ProvisioningRig field = ProvisioningRig.Boot(flash, 9, 3);
            DlmsKeys keys = DlmsKeys.Provision(field.Keys, field.Store, field.Events, true, null);
            Assert.IsTrue(keys.IsReady);
            Assert.AreEqual(7L, keys.Identity.SerialNumber);
        }

        // The head-end imports the shipped keys and talks to the meter with them: EK and AK
        // (suite 0 glo-ciphering), the broadcast key, and the KEK (a key wrapped by the meter).
        private static void AssertShipmentOpens(ProvisioningRig meter, DlmsKeys keys, ShipmentFile shipment)
        {
            byte[] title = new byte[8];
            byte[] shippedTitle = new byte[8];
            keys.Identity.CopySystemTitle(title, 0);
            shipment.CopySystemTitle(shippedTitle, 0);
            CollectionAssert.AreEqual(title, shippedTitle);

            CryptoRig headEnd = CryptoRig.Create(900);
            KeyHandle ek = Import(headEnd, shipment, 0, KeyUsage.Encryption);
            KeyHandle broadcast = Import(headEnd, shipment, 1, KeyUsage.Encryption);
            KeyHandle ak = Import(headEnd, shipment, 2, KeyUsage.Authentication);
            KeyHandle kek = Import(headEnd, shipment, 3, KeyUsage.KeyWrap);

            byte[] plain = Hex.Parse("c0010000080000010000ff0200");
            Assert.IsTrue(Opens(meter, keys.Get(DlmsKeySlots.GlobalUnicast), keys.Get(DlmsKeySlots.Authentication), headEnd, ek, ak, title, plain), "EK and AK");
            Assert.IsTrue(Opens(meter, keys.Get(DlmsKeySlots.GlobalBroadcast), keys.Get(DlmsKeySlots.Authentication), headEnd, broadcast, ak, title, plain), "broadcast key");
            Assert.IsFalse(Opens(meter, keys.Get(DlmsKeySlots.GlobalBroadcast), keys.Get(DlmsKeySlots.Authentication), headEnd, ek, ak, title, plain), "distinct keys");

            byte[] wrapped = new byte[24];
            meter.Operations.WrapKey(keys.Get(DlmsKeySlots.MasterKek), keys.Get(DlmsKeySlots.GlobalUnicast), wrapped, 0);
            Assert.IsNotNull(headEnd.Operations.UnwrapKey(kek, wrapped, 0, wrapped.Length, KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption), "KEK");
        }

        private static bool Opens(ProvisioningRig meter, KeyHandle meterEk, KeyHandle meterAk, CryptoRig headEnd, KeyHandle ek, KeyHandle ak, byte[] title, byte[] plain)
        {
            byte[] sealedData = new byte[plain.Length];
            byte[] tag = new byte[12];
            meter.Operations.EncryptDlms(meterEk, meterAk, 0x30, title, 0, 7, plain, 0, plain.Length, sealedData, 0, tag, 0);
            byte[] opened = new byte[plain.Length];
            return headEnd.Operations.DecryptDlms(ek, ak, 0x30, title, 0, 7, sealedData, 0, sealedData.Length, opened, 0, tag, 0)
                && Hex.Format(opened) == Hex.Format(plain);
        }

        private static KeyHandle Import(CryptoRig headEnd, ShipmentFile shipment, int keyId, KeyUsage usage)
        {
            byte[] key = new byte[16];
            shipment.CopyKey(keyId, key, 0);
            return headEnd.Keys.Import(KeyStore.SessionSlot, KeyType.Aes128, usage, key, 0, key.Length);
        }
    }
}
