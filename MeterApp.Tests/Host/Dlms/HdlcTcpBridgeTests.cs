using System.Net.Sockets;
using System.Threading;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Transport;
using Meter.Hal.Host;
using Meter.Host;
using Meter.Tests.Dlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// The virtual serial line end to end: the meter's HDLC server link on a <see cref="TcpSerialBridge"/>
    /// stepped by its own thread, an HDLC client link over a <see cref="SocketSerialPort"/>.
    /// </summary>
    [TestClass]
    public class HdlcTcpBridgeTests
    {
        [TestMethod]
        public void ClientLinkTalksToTheServerLinkThroughTheBridge()
        {
            using (VirtualLine meter = new VirtualLine(2048))
            using (SocketSerialPort port = SocketSerialPort.Connect("127.0.0.1", meter.Bridge.Port, 5000))
            {
                HdlcClientLink client = NewClient(port);
                Assert.IsTrue(client.Connect());
                Assert.AreEqual(Pattern(1000), Exchange(client, Pattern(1000)));
                Assert.AreEqual(Pattern(3), Exchange(client, Pattern(3)));
                client.Close();
                Assert.IsFalse(client.IsConnected);
                Assert.IsTrue(meter.Factory.Last.Closed);
            }
        }

        [TestMethod]
        public void ANewToolReplacesOneThatVanishedMidFrame()
        {
            using (VirtualLine meter = new VirtualLine(2048))
            {
                using (SocketSerialPort first = SocketSerialPort.Connect("127.0.0.1", meter.Bridge.Port, 5000))
                {
                    HdlcClientLink client = NewClient(first);
                    Assert.IsTrue(client.Connect());

                    // Half a segmented I frame, then the tool is gone.
                    byte[] frame = Hex.Parse(HdlcServerFixture.Command(HdlcControl.Information(0, 0, true), true, "e6e600" + Pattern(100)));
                    first.Write(frame, 0, frame.Length / 2);
                }

                using (SocketSerialPort second = SocketSerialPort.Connect("127.0.0.1", meter.Bridge.Port, 5000))
                {
                    HdlcClientLink client = NewClient(second);
                    Assert.IsTrue(client.Connect());
                    Assert.AreEqual(Pattern(300), Exchange(client, Pattern(300)));
                    client.Close();
                }

                Assert.AreEqual(2, meter.Factory.Opened);
            }
        }

        [TestMethod]
        public void PortClosedByThePeerReadsNothing()
        {
            using (TcpSerialBridge bridge = new TcpSerialBridge(0))
            using (SocketSerialPort port = SocketSerialPort.Connect("127.0.0.1", bridge.Port, 5000))
            {
                for (int i = 0; i < 200 && !bridge.IsAttached; i++)
                {
                    Thread.Sleep(10);
                }

                Assert.IsTrue(bridge.IsAttached);
                bridge.Dispose();
                byte[] buffer = new byte[8];
                for (int i = 0; i < 50 && !port.IsClosed; i++)
                {
                    port.Read(buffer, 0, buffer.Length, 20);
                }

                Assert.IsTrue(port.IsClosed);
                Assert.AreEqual(0, port.Read(buffer, 0, buffer.Length, 1));
            }
        }

        [TestMethod]
        public void ListensOnTheAddressItIsGiven()
        {
            using (TcpSerialBridge bridge = new TcpSerialBridge(System.Net.IPAddress.Loopback, 0))
            using (SocketSerialPort port = SocketSerialPort.Connect("127.0.0.1", bridge.Port, 5000))
            {
                Assert.AreEqual("127.0.0.1", bridge.Endpoint.Address.ToString());
                Assert.AreEqual(bridge.Port, bridge.Endpoint.Port);
                Assert.AreNotEqual(0, bridge.Port, "port 0 takes a free port");
                for (int i = 0; i < 200 && !bridge.IsAttached; i++)
                {
                    Thread.Sleep(10);
                }

                Assert.IsTrue(bridge.IsAttached);
            }
        }

        private static HdlcClientLink NewClient(SocketSerialPort port)
        {
            HdlcClientSettings settings = new HdlcClientSettings();
            settings.InterOctetTimeoutMilliseconds = 1000;

            // A retry is what gets past the half frame a vanished tool left in the meter's framer.
            settings.ResponseTimeoutMilliseconds = 1000;
            return new HdlcClientLink(port, new HostMonotonicClock(), settings);
        }

        private static string Exchange(HdlcClientLink client, string apduHex)
        {
            byte[] apdu = Hex.Parse(apduHex);
            Assert.IsTrue(client.Send(apdu, 0, apdu.Length));
            byte[] buffer = new byte[4096];
            int length = client.Receive(buffer, 0, buffer.Length, 20000);
            Assert.IsTrue(length >= 0, "no response");
            return Hex.Format(DlmsBytes.Take(buffer, length));
        }

        private static string Pattern(int count)
        {
            return HdlcServerLinkTests.Pattern(count);
        }

        /// <summary>The meter's side: bridge, server link with echo sessions, and the thread that steps it.</summary>
        private sealed class VirtualLine : System.IDisposable
        {
            private readonly Thread _thread;
            private volatile bool _stop;

            public VirtualLine(int maxApduSize)
            {
                Bridge = new TcpSerialBridge(0);
                Factory = new FakeApduSessionFactory(maxApduSize);
                HdlcServerSettings settings = new HdlcServerSettings();
                settings.ReadTimeoutMilliseconds = 20;
                settings.InterOctetTimeoutMilliseconds = 200;
                Link = new HdlcServerLink(Bridge, new HostMonotonicClock(), Factory, settings);
                _thread = new Thread(Run) { IsBackground = true, Name = "test-meter-hdlc" };
                _thread.Start();
            }

            public TcpSerialBridge Bridge { get; }

            public FakeApduSessionFactory Factory { get; }

            public HdlcServerLink Link { get; }

            public void Dispose()
            {
                _stop = true;
                _thread.Join();
                Link.Stop();
                Bridge.Dispose();
            }

            private void Run()
            {
                while (!_stop)
                {
                    Link.Step();
                }
            }
        }
    }
}
