using System;
using System.Threading;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Tests.Boot;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// The whole meter on the virtual board, read by the DLMS client over real loopback TCP: the
    /// public client sees the identification objects only; the management client, with the keys
    /// of the shipment file the meter wrote at first start, reads every standard object with
    /// HLS-GMAC and suite 0; its invocation counter survives a restart and a replay is refused.
    /// </summary>
    [TestClass]
    public class MeterDlmsOverTcpTests
    {
        [TestMethod]
        public void ThePublicClientReadsTheNameplateButNotTheRegisters()
        {
            RunningMeter meter = Start(new VirtualFlash(4096, 64));
            try
            {
                var transport = Connect(meter, 16);
                var client = new DlmsClient(transport, null);
                client.Associate();
                GetDataResult serial = client.Get(Attribute(1, "0.0.96.1.0.255", 2));
                Assert.IsTrue(serial.IsData);
                Assert.AreEqual(meter.App.Dlms.Keys.Identity.SerialNumber.ToString(), System.Text.Encoding.ASCII.GetString(serial.Data.GetBytes()));
                Assert.IsTrue(client.Get(Attribute(1, "0.0.43.1.0.255", 2)).IsData);
                GetDataResult energy = client.Get(Attribute(3, "1.0.1.8.0.255", 2));
                Assert.IsFalse(energy.IsData);
                Assert.AreEqual((byte)DataAccessResult.ObjectUndefined, (byte)energy.AccessResult);
                client.Release();
                transport.Close();
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void TheManagementClientReadsEveryStandardObjectWithSuite0()
        {
            RunningMeter meter = Start(new VirtualFlash(4096, 64));
            try
            {
                ShipmentFile shipment = ParseShipment(meter);
                var transport = Connect(meter, 1);
                var client = new DlmsClient(transport, Security(shipment, 1));
                client.Associate();
                foreach (object[] row in MeterDlmsFixture.StandardObjects)
                {
                    GetDataResult result = client.Get(Attribute((ushort)row[0], (string)row[1], (int)row[2]));
                    Assert.IsTrue(result.IsData, row[1] + ":" + row[2] + " " + result.AccessResult);
                }

                long energy = client.Get(Attribute(3, "1.0.1.8.0.255", 2)).Data.AsInt64();
                Assert.IsTrue(energy >= 0);

                // The standard log by entry (selector 2): the newest two rows, clock and event code only.
                var byEntry = new SelectiveAccessDescriptor(2, DlmsData.Structure(
                    DlmsData.DoubleLongUnsigned(1), DlmsData.DoubleLongUnsigned(2), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0)));
                GetDataResult rows = client.Get(Attribute(7, "0.0.99.98.0.255", 2), byEntry);
                Assert.IsTrue(rows.IsData, rows.AccessResult.ToString());
                Assert.AreEqual(2, rows.Data.Count);
                Assert.AreEqual((int)Meter.Events.EventCode.PowerUp, (int)rows.Data[0][1].AsInt64(), "the first event of a new meter is its power-up");
                client.Release();
                transport.Close();
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void TheClientCounterSurvivesARestartAndAReplayIsRefused()
        {
            VirtualFlash flash = new VirtualFlash(4096, 64);
            RunningMeter meter = Start(flash);
            ShipmentFile shipment;
            uint next;
            try
            {
                shipment = ParseShipment(meter);
                var transport = Connect(meter, 1);
                var client = new DlmsClient(transport, Security(shipment, 100));
                client.Associate();
                Assert.IsTrue(client.Get(Attribute(3, "1.0.1.8.0.255", 2)).IsData);
                client.Release();
                next = client.NextInvocationCounter;
                transport.Close();
            }
            finally
            {
                meter.App.Stop();
            }

            RunningMeter again = Start(flash);
            try
            {
                Assert.IsNull(again.Shipment.Content, "provisioned once: a restart ships nothing");

                // The public client learns where the management client's counter stands.
                var publicTransport = Connect(again, 16);
                var reader = new DlmsClient(publicTransport, null);
                reader.Associate();
                long stored = reader.Get(Attribute(1, "0.0.43.1.0.255", 2)).Data.AsInt64();
                reader.Release();
                publicTransport.Close();
                Assert.AreEqual((long)next - 1, stored);

                var replay = Connect(again, 1);
                var replayed = new DlmsClient(replay, Security(shipment, 100));
                bool refused = false;
                try
                {
                    replayed.Associate();
                }
                catch (DlmsClientException)
                {
                    refused = true;
                }

                Assert.IsTrue(refused, "an association with a replayed invocation counter is refused");
                replay.Close();

                var transport = Connect(again, 1);
                var client = new DlmsClient(transport, Security(shipment, next));
                client.Associate();
                Assert.IsTrue(client.Get(Attribute(3, "1.0.1.8.0.255", 2)).IsData);
                client.Release();
                transport.Close();
            }
            finally
            {
                again.App.Stop();
            }
        }

        private static RunningMeter Start(VirtualFlash flash)
        {
            return MeterDlmsFixture.Start(flash);
        }

        private static WrapperClientTransport Connect(RunningMeter meter, ushort clientSap)
        {
            return new WrapperClientTransport("127.0.0.1", meter.App.Dlms.Wrapper.LocalPort, clientSap, 1, 2048);
        }

        private static ShipmentFile ParseShipment(RunningMeter meter)
        {
            return MeterDlmsFixture.ParseShipment(meter);
        }

        private static ClientSecurity Security(ShipmentFile shipment, uint invocationCounter)
        {
            return MeterDlmsFixture.Security(shipment, invocationCounter);
        }

        private static CosemAttributeDescriptor Attribute(ushort classId, string obis, int attribute)
        {
            return MeterDlmsFixture.Attribute(classId, obis, attribute);
        }
    }
}
