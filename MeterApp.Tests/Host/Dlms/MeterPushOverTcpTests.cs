using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Meter.Boot;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Push;
using Meter.Dlms.Security;
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
    /// The running meter pushes: the management client points the push setup at a head-end
    /// listener on loopback and invokes push; the listener gets a wrapper frame from the meter's
    /// logical device carrying a general-glo-ciphered Data-Notification that opens with the
    /// shipment keys and holds the register it asked for.
    /// </summary>
    [TestClass]
    public class MeterPushOverTcpTests
    {
        private static readonly byte[] HeadEndTitle = MeterDlmsFixture.HeadEndTitle;

        [TestMethod]
        public void APushInvokedByTheHeadEndArrivesCipheredWithTheRegister()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 64));
            meter.App.Start();
            try
            {
                ClientKeys keys = MeterDlmsFixture.Keys(MeterDlmsFixture.ParseShipment(meter), 3);

                var transport = new WrapperClientTransport("127.0.0.1", meter.App.Dlms.Wrapper.LocalPort, 1, 1, 2048);
                var client = new DlmsClient(transport, keys.Security(HeadEndTitle, 1));
                client.Associate();
                var objects = DlmsData.Array(DlmsData.Structure(
                    DlmsData.LongUnsigned(3), DlmsData.OctetString(new byte[] { 1, 0, 1, 8, 0, 255 }), DlmsData.Integer(2), DlmsData.LongUnsigned(0)));
                string destination = "127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port;
                var method = DlmsData.Structure(DlmsData.Enum(0), DlmsData.OctetString(Encoding.ASCII.GetBytes(destination)), DlmsData.Enum(0));
                Assert.AreEqual((byte)DataAccessResult.Success, (byte)client.Set(new CosemAttributeDescriptor(40, MeterPush.PushSetupName, 2), objects));
                Assert.AreEqual((byte)DataAccessResult.Success, (byte)client.Set(new CosemAttributeDescriptor(40, MeterPush.PushSetupName, 3), method));
                ActionResponseNormal pushed = client.Action(new CosemMethodDescriptor(40, MeterPush.PushSetupName, 1), DlmsData.Integer(0));
                Assert.AreEqual((byte)ActionResult.Success, (byte)pushed.Result);
                client.Release();
                transport.Close();

                Assert.IsTrue(listener.Server.Poll(15000000, SelectMode.SelectRead), "the meter connects to the head-end");
                using (Socket headEnd = listener.AcceptSocket())
                {
                    headEnd.ReceiveTimeout = 10000;
                    byte[] header = Receive(headEnd, 8);
                    Assert.AreEqual(1, (header[2] << 8) | header[3], "from the management logical device");
                    Assert.AreEqual(WrapperPushTransports.PushListenerWPort, (ushort)((header[4] << 8) | header[5]));
                    byte[] apdu = Receive(headEnd, (header[6] << 8) | header[7]);
                    Assert.AreEqual(CipheredTag.GeneralGloCiphering, apdu[0]);

                    var context = new SecurityContext(keys.EncryptionKey, keys.AuthenticationKey, new RamInvocationCounterGuard(), HeadEndTitle, 0);
                    var opened = new SecurityHeader();
                    byte[] plain = new byte[2048];
                    Assert.AreEqual((int)CipherResult.Ok, (int)new ApduCipher(keys.Operations, 2048).Unprotect(context, apdu, 0, apdu.Length, plain, 0, plain.Length, opened));
                    Assert.AreEqual((byte)0x0F, plain[0], "a Data-Notification");
                    DataNotification notification;
                    Assert.AreEqual((int)XdlmsResult.Ok, (int)DataNotification.Decode(plain, 0, opened.PlaintextLength, new AxdrDecoder(), out notification));
                    Assert.IsTrue(notification.Body[0].AsInt64() >= 0, "the pushed +A register");
                }
            }
            finally
            {
                meter.App.Stop();
                listener.Stop();
            }
        }

        private static byte[] Receive(Socket socket, int count)
        {
            byte[] buffer = new byte[count];
            int read = 0;
            while (read < count)
            {
                int n = socket.Receive(buffer, read, count - read, SocketFlags.None);
                Assert.IsTrue(n > 0, "the connection ended early");
                read += n;
            }

            return buffer;
        }
    }
}
