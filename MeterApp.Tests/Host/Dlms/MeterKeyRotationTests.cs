using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Tests.Boot;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Key rotation over the air (Blue Book 4.4.7 security setup global_key_transfer): the head-end
    /// wraps a new EK and AK under the KEK it got in the shipment file (RFC 3394) and sends them;
    /// the association that sent them releases under the old key (its own counter, which must not
    /// touch the new key's), the next association works with the new keys, counting from 1 again,
    /// and the old keys no longer open one. No replay or decryption event is logged on the way.
    /// </summary>
    [TestClass]
    public class MeterKeyRotationTests
    {
        private static readonly byte[] SecuritySetup = { 0, 0, 43, 0, 0, 255 };

        [TestMethod]
        public void NewKeysSentWrappedUnderTheKekReplaceTheOldOnes()
        {
            RunningMeter meter = MeterDlmsFixture.Start(new VirtualFlash(4096, 64));
            try
            {
                ShipmentFile shipment = MeterDlmsFixture.ParseShipment(meter);
                byte[] newEk = Bytes(0x11);
                byte[] newAk = Bytes(0x22);
                byte[] kek = new byte[16];
                shipment.CopyKey(3, kek, 0);
                AesKeyWrap wrap = new AesKeyWrap(new ManagedAes(kek, 0, 16));
                byte[] wrappedEk = new byte[24];
                byte[] wrappedAk = new byte[24];
                wrap.Wrap(newEk, 0, 16, wrappedEk, 0);
                wrap.Wrap(newAk, 0, 16, wrappedAk, 0);

                var transport = Connect(meter);
                var client = new DlmsClient(transport, MeterDlmsFixture.Security(shipment, 500));
                client.Associate();
                ActionResponseNormal transferred = client.Action(new CosemMethodDescriptor(64, SecuritySetup, 2), DlmsData.Array(
                    DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(wrappedEk)),
                    DlmsData.Structure(DlmsData.Enum(2), DlmsData.OctetString(wrappedAk))));
                Assert.AreEqual((byte)ActionResult.Success, (byte)transferred.Result);
                client.Release();
                transport.Close();

                shipment.SetKey(0, newEk, 0);
                shipment.SetKey(2, newAk, 0);
                var renewed = Connect(meter);
                var next = new DlmsClient(renewed, MeterDlmsFixture.Security(shipment, 1));
                next.Associate();
                Assert.IsTrue(next.Get(MeterDlmsFixture.Attribute(3, "1.0.1.8.0.255", 2)).IsData, "the new keys, their counter from 1");
                next.Release();
                renewed.Close();

                ShipmentFile old = MeterDlmsFixture.ParseShipment(meter);
                var stale = Connect(meter);
                var refused = new DlmsClient(stale, MeterDlmsFixture.Security(old, 10000));
                bool failed = false;
                try
                {
                    refused.Associate();
                }
                catch (DlmsClientException)
                {
                    failed = true;
                }

                stale.Close();
                Assert.IsTrue(failed, "the old keys open no association");
                foreach (Meter.Events.MeterEvent logged in meter.App.FraudLog.ReadLatest(10))
                {
                    Assert.AreNotEqual((int)Meter.Events.EventCode.ReplayAttack, (int)logged.Code, logged.ToString());
                }
            }
            finally
            {
                meter.App.Stop();
            }
        }

        private static WrapperClientTransport Connect(RunningMeter meter)
        {
            return new WrapperClientTransport("127.0.0.1", meter.App.Dlms.Wrapper.LocalPort, 1, 1, 2048);
        }

        private static byte[] Bytes(byte first)
        {
            byte[] key = new byte[16];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(first + i);
            }

            return key;
        }
    }
}
