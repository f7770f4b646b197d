using System;
using System.Net;
using System.Net.Sockets;
using Meter.Dlms.Axdr;
using Meter.Dlms.Push;
using Meter.Dlms.Security;
using Meter.Dlms.Wrapper;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Pushes to a real TCP listener on 127.0.0.1: the wrapper frame arrives and decodes; an unreachable head-end is a counted failure.</summary>
    [TestClass]
    public class PushTcpTests
    {
        [TestMethod]
        public void APlainPushArrivesAsOneWrapperFrame()
        {
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
                PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), null, new TcpPushTransportFactory());
                client.Enqueue(new PushJob(PushFixtures.Objects(), "127.0.0.1:" + Port(listener), 0, 0, PushProtection.Plain, false));

                Assert.AreEqual(0, client.Poll(clock));
                Assert.AreEqual(1, client.Statistics.Sent);
                byte[] frame = ReadFrame(listener);

                WrapperHeader header;
                Assert.AreEqual((int)WrapperResult.Ok, (int)WrapperHeader.Parse(frame, 0, frame.Length, 2048, out header));
                Assert.AreEqual(TcpPushTransportFactory.MeterWPort, header.Source);
                Assert.AreEqual(TcpPushTransportFactory.HeadEndWPort, header.Destination);
                Assert.AreEqual(frame.Length - WrapperHeader.Size, header.Length);
                byte[] apdu = new byte[header.Length];
                Array.Copy(frame, WrapperHeader.Size, apdu, 0, apdu.Length);
                DlmsBytes.AreEqual(PushClientTests.PlainNotification, apdu);

                DataNotification notification;
                Assert.AreEqual((int)XdlmsResult.Ok, (int)DataNotification.Decode(apdu, 0, apdu.Length, new AxdrDecoder(), out notification));
                Assert.AreEqual(12345L, notification.Body[1].AsInt64());
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void ACipheredPushArrivesAndOpensAtTheHeadEnd()
        {
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                SecurityVectors v = new SecurityVectors(310);
                VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
                PushProtector protector = new PushProtector(v.Cipher(), v.Context(SecurityVectors.ServerTitle, null, new RamInvocationCounterGuard()), new ScriptedPushCounter(9, 100));
                PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), protector, new TcpPushTransportFactory());
                client.Enqueue(new PushJob(PushFixtures.Objects(), "127.0.0.1:" + Port(listener), 0, 0, PushProtection.AuthenticatedEncrypted, true));

                Assert.AreEqual(0, client.Poll(clock));
                byte[] frame = ReadFrame(listener);
                byte[] opened = new byte[256];
                SecurityHeader security = new SecurityHeader();
                SecurityContext headEnd = v.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, new RamInvocationCounterGuard());
                Assert.AreEqual((int)CipherResult.Ok, (int)v.Cipher().Unprotect(headEnd, frame, WrapperHeader.Size, frame.Length - WrapperHeader.Size, opened, 0, opened.Length, security));
                Assert.AreEqual(9u, security.InvocationCounter);
                Assert.AreEqual("0f80000001", Hex.Format(DlmsBytes.Take(opened, 5)));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void AnUnreachableHeadEndIsACountedFailure()
        {
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = Port(listener);
            listener.Stop();

            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), null, new TcpPushTransportFactory());
            client.Enqueue(new PushJob(PushFixtures.Objects(), "127.0.0.1:" + port, 1, 5, PushProtection.Plain, false));

            Assert.AreEqual(5000, client.Poll(clock));
            clock.Advance(5000);
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual((int)PushFailure.ConnectFailed, (int)client.Statistics.LastFailure);
        }

        private static int Port(TcpListener listener)
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        // One connection's bytes until the sender closes it (a push is one frame, then close).
        private static byte[] ReadFrame(TcpListener listener)
        {
            using (TcpClient accepted = listener.AcceptTcpClient())
            {
                accepted.ReceiveTimeout = 5000;
                NetworkStream stream = accepted.GetStream();
                byte[] buffer = new byte[4096];
                int length = 0;
                int read;
                while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
                {
                    length += read;
                }

                byte[] frame = new byte[length];
                Array.Copy(buffer, frame, length);
                return frame;
            }
        }
    }
}
