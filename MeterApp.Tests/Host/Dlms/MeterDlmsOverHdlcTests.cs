using Meter.Dlms.Client;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;
using Meter.Hal.Host;
using Meter.Hal.Virtual;
using Meter.Host;
using Meter.Security;
using Meter.Tests.Boot;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// The whole meter read over IEC 62056-46 HDLC: its DLMS UART is the virtual board's TCP
    /// serial bridge, and the client's HDLC link attaches to it the way a PC tool with an optical
    /// head would. Publicly and with HLS-GMAC and suite 0, every standard object.
    /// </summary>
    [TestClass]
    public class MeterDlmsOverHdlcTests
    {
        [TestMethod]
        public void ThePublicAndTheManagementClientReadTheMeterOverHdlc()
        {
            using (TcpSerialBridge bridge = new TcpSerialBridge(0))
            {
                RunningMeter meter = MeterDlmsFixture.Started(RunningMeter.Boot(new VirtualFlash(4096, 64), bridge));
                try
                {
                    using (SocketSerialPort line = SocketSerialPort.Connect("127.0.0.1", bridge.Port, 5000))
                    {
                        HdlcClientLink link = Link(line, 16);
                        Assert.IsTrue(link.Connect(), "SNRM/UA");
                        var reader = new DlmsClient(link, null);
                        reader.Associate();
                        Assert.IsTrue(reader.Get(MeterDlmsFixture.Attribute(1, "0.0.96.1.0.255", 2)).IsData);
                        reader.Release();
                        link.Close();

                        ShipmentFile shipment = MeterDlmsFixture.ParseShipment(meter);
                        HdlcClientLink managed = Link(line, 1);
                        Assert.IsTrue(managed.Connect(), "a new SNRM after DISC");
                        var client = new DlmsClient(managed, MeterDlmsFixture.Security(shipment, 1));
                        client.Associate();
                        foreach (object[] row in MeterDlmsFixture.StandardObjects)
                        {
                            GetDataResult result = client.Get(MeterDlmsFixture.Attribute((ushort)row[0], (string)row[1], (int)row[2]));
                            Assert.IsTrue(result.IsData, row[1] + ":" + row[2] + " " + result.AccessResult);
                        }

                        client.Release();
                        managed.Close();
                    }
                }
                finally
                {
                    meter.App.Stop();
                }
            }
        }

        private static HdlcClientLink Link(SocketSerialPort line, int clientSap)
        {
            HdlcClientSettings settings = new HdlcClientSettings();
            settings.ClientSap = clientSap;
            return new HdlcClientLink(line, new HostMonotonicClock(), settings);
        }
    }
}
