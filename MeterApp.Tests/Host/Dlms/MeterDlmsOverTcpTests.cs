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
        public void EveryCaptureObjectOfEveryProfileIsListedAndReadable()
        {
            RunningMeter meter = Start(new VirtualFlash(4096, 64));
            try
            {
                var transport = Connect(meter, 1);
                var client = new DlmsClient(transport, Security(ParseShipment(meter), 1));
                client.Associate();
                GetDataResult list = client.Get(Attribute(15, "0.0.40.0.0.255", 2));
                Assert.IsTrue(list.IsData, list.AccessResult.ToString());
                int profiles = 0;
                int columns = 0;
                for (int i = 0; i < list.Data.Count; i++)
                {
                    DlmsData entry = list.Data[i];
                    if ((ushort)entry[0].AsInt64() != 7)
                    {
                        continue;
                    }

                    profiles++;
                    string profile = Obis(entry[2].GetBytes());
                    GetDataResult captureObjects = client.Get(Attribute(7, profile, 3));
                    Assert.IsTrue(captureObjects.IsData, profile + ":3 " + captureObjects.AccessResult);
                    for (int c = 0; c < captureObjects.Data.Count; c++)
                    {
                        DlmsData column = captureObjects.Data[c];
                        ushort classId = (ushort)column[0].AsInt64();
                        string name = Obis(column[1].GetBytes());
                        int attribute = (int)column[2].AsInt64();
                        string where = profile + " column " + c + " " + classId + "/" + name + ":" + attribute;
                        Assert.IsTrue(IsReadable(list.Data, classId, name, attribute), where + " is not in the object list with read access");
                        GetDataResult value = client.Get(Attribute(classId, name, attribute));
                        Assert.IsTrue(value.IsData, where + " " + value.AccessResult);
                        columns++;
                    }
                }

                Assert.AreEqual(3, profiles);
                Assert.AreEqual(10, columns);

                // The values the profiles capture: newest event codes (0 for an empty log) and the
                // newest load-profile status, as the meter holds them just before or just after the read.
                AssertCaptured(meter.App.Events, client, "0.0.96.11.0.255");
                AssertCaptured(meter.App.FraudLog, client, "0.0.96.11.1.255");
                long statusBefore = NewestStatus(meter);
                DlmsData status = client.Get(Attribute(1, "0.0.96.10.1.255", 2)).Data;
                Assert.AreEqual(DlmsDataType.Unsigned, status.Type);
                Assert.IsTrue(status.AsInt64() == statusBefore || status.AsInt64() == NewestStatus(meter), "AMR profile status " + status.AsInt64());
                client.Release();
                transport.Close();
            }
            finally
            {
                meter.App.Stop();
            }
        }

        [TestMethod]
        public void TheConsoleShowsConnectionsFailuresAndCounters()
        {
            RunningMeter meter = Start(new VirtualFlash(4096, 64));
            try
            {
                ShipmentFile shipment = ParseShipment(meter);
                var transport = Connect(meter, 1);
                var client = new DlmsClient(transport, Security(shipment, 100));
                client.Associate();
                Assert.IsTrue(client.Get(Attribute(3, "1.0.1.8.0.255", 2)).IsData);
                client.Release();
                transport.Close();

                // A head-end with a wrong authentication key: its ciphered AARQ does not verify.
                var forged = Connect(meter, 1);
                bool refused = false;
                try
                {
                    new DlmsClient(forged, Security(WithWrongAuthenticationKey(shipment), client.NextInvocationCounter)).Associate();
                }
                catch (DlmsClientException)
                {
                    refused = true;
                }

                forged.Close();
                Assert.IsTrue(refused);

                string answer = meter.Ask("dlms", "policy");
                var statistics = meter.App.Dlms.Server.Statistics;
                Assert.IsTrue(statistics.SecurityFailures > 0, "the forged AARQ is a security failure");
                Assert.Contains("accepted 2  refused 0", answer);
                Assert.Contains("security failures " + statistics.SecurityFailures + "  authentication failures 0  faults 0", answer);
                Assert.Contains("IC in         SAP 1 last accepted " + (client.NextInvocationCounter - 1), answer);
                uint next = meter.App.Dlms.Counters.OwnUnicast.NextValue;
                Assert.IsTrue(next > 0, "the meter ciphered its answers");
                Assert.Contains("IC out        next " + next, answer);
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

        [TestMethod]
        public void SeveralClientsAtOnceEachGetTheirOwnAssociation()
        {
            RunningMeter meter = Start(new VirtualFlash(4096, 64));
            try
            {
                ShipmentFile shipment = ParseShipment(meter);
                string[] failures = new string[3];
                System.Threading.Thread[] clients = new System.Threading.Thread[3];
                for (int c = 0; c < clients.Length; c++)
                {
                    int index = c;
                    clients[c] = new System.Threading.Thread(() => failures[index] = ReadRepeatedly(meter, index == 0 ? Security(shipment, 1) : null));
                    clients[c].Start();
                }

                foreach (System.Threading.Thread client in clients)
                {
                    Assert.IsTrue(client.Join(60000));
                }

                Assert.AreEqual("||", string.Join("|", failures));
                Assert.AreEqual(0, meter.App.Dlms.Server.Statistics.Faults);
            }
            finally
            {
                meter.App.Stop();
            }
        }

        // One association (management with security, or public without), twenty reads, a release; null or what failed.
        private static string ReadRepeatedly(RunningMeter meter, ClientSecurity security)
        {
            try
            {
                var transport = Connect(meter, security == null ? (ushort)16 : (ushort)1);
                var client = new DlmsClient(transport, security);
                client.Associate();
                for (int i = 0; i < 20; i++)
                {
                    GetDataResult result = security == null
                        ? client.Get(Attribute(1, "0.0.96.1.0.255", 2))
                        : client.Get(Attribute(3, "1.0.1.8.0.255", 2));
                    if (!result.IsData)
                    {
                        return "read " + i + ": " + result.AccessResult;
                    }
                }

                client.Release();
                transport.Close();
                return null;
            }
            catch (Exception e)
            {
                return e.Message;
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

        private static ShipmentFile WithWrongAuthenticationKey(ShipmentFile shipment)
        {
            byte[] title = new byte[8];
            shipment.CopySystemTitle(title, 0);
            ShipmentFile copy = new ShipmentFile(title, 0, shipment.LogicalDevice, shipment.ClientSap);
            byte[] key = new byte[16];
            shipment.CopyKey(0, key, 0);
            copy.SetKey(0, key, 0);
            shipment.CopyKey(2, key, 0);
            key[0] ^= 1;
            copy.SetKey(2, key, 0);
            return copy;
        }

        private static ClientSecurity Security(ShipmentFile shipment, uint invocationCounter)
        {
            return MeterDlmsFixture.Security(shipment, invocationCounter);
        }

        // Association LN object_list (Blue Book 4.4.4): {class_id, version, logical_name, {attribute_access, method_access}}.
        private static bool IsReadable(DlmsData objectList, ushort classId, string name, int attribute)
        {
            for (int i = 0; i < objectList.Count; i++)
            {
                DlmsData entry = objectList[i];
                if ((ushort)entry[0].AsInt64() != classId || Obis(entry[2].GetBytes()) != name)
                {
                    continue;
                }

                DlmsData attributes = entry[3][0];
                for (int a = 0; a < attributes.Count; a++)
                {
                    if ((int)attributes[a][0].AsInt64() == attribute)
                    {
                        long mode = attributes[a][1].AsInt64();
                        return mode == 1 || mode == 3 || mode == 4 || mode == 6;
                    }
                }
            }

            return false;
        }

        private static void AssertCaptured(Meter.Events.EventLog log, DlmsClient client, string eventCode)
        {
            long before = Newest(log);
            DlmsData value = client.Get(Attribute(1, eventCode, 2)).Data;
            Assert.AreEqual(DlmsDataType.LongUnsigned, value.Type);
            Assert.IsTrue(value.AsInt64() == before || value.AsInt64() == Newest(log), eventCode + " " + value.AsInt64());
        }

        private static long Newest(Meter.Events.EventLog log)
        {
            Meter.Events.MeterEvent[] newest = log.ReadLatest(1);
            return newest.Length == 0 ? 0 : newest[0].Code;
        }

        private static long NewestStatus(RunningMeter meter)
        {
            Meter.Profiles.LoadProfileEntry last = meter.App.LoadProfile.Ring.Last;
            return last == null ? 0 : last.Status;
        }

        private static string Obis(byte[] name)
        {
            return name[0] + "." + name[1] + "." + name[2] + "." + name[3] + "." + name[4] + "." + name[5];
        }

        private static CosemAttributeDescriptor Attribute(ushort classId, string obis, int attribute)
        {
            return MeterDlmsFixture.Attribute(classId, obis, attribute);
        }
    }
}
