using System;
using System.Net;
using System.Net.Sockets;
using Meter.Dlms.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>The wrapper client transport against a raw loopback peer that sends what a server should not.</summary>
    [TestClass]
    public class WrapperClientTransportTests
    {
        [TestMethod]
        public void RequestsCarryTheHeaderAndAnswersAreReassembledAcrossReads()
        {
            using var peer = new Peer();
            var transport = new WrapperClientTransport("127.0.0.1", peer.Port, 16, 1, 64);
            Socket server = peer.Accept();

            Assert.IsTrue(transport.Send(new byte[] { 0xAA, 0xC0, 0x01, 0xBB }, 1, 2));
            var request = new byte[10];
            Assert.AreEqual(10, WrapperTcpServerTests.ReceiveExactly(server, request));
            Assert.AreEqual("0001001000010002C001", Bytes.Hex(request));

            // An answer for another client is skipped; the header and body of ours arrive in pieces.
            server.Send(Bytes.Parse("0001 0001 0011 0001 EE"));
            server.Send(Bytes.Parse("0001 0001"));
            server.Send(Bytes.Parse("0010 0003 C4"));
            server.Send(Bytes.Parse("01C1"));
            var answer = new byte[8];
            Assert.AreEqual(3, transport.Receive(answer, 2, 6, Wait.Limit));
            Assert.AreEqual("0000C401C1000000", Bytes.Hex(answer));

            // Two PDUs in one segment: both delivered, in order.
            server.Send(Bytes.Parse("0001 0001 0010 0001 01  0001 0001 0010 0001 02"));
            Assert.AreEqual(1, transport.Receive(answer, 0, 8, Wait.Limit));
            Assert.AreEqual(1, answer[0]);
            Assert.AreEqual(1, transport.Receive(answer, 0, 8, Wait.Limit));
            Assert.AreEqual(2, answer[0]);

            // Nothing more: a timeout, the connection stays usable.
            Assert.AreEqual(-1, transport.Receive(answer, 0, 8, 50));
            server.Send(Bytes.Parse("0001 0001 0010 0004 01020304"));
            Assert.AreEqual(-1, transport.Receive(answer, 0, 3, Wait.Limit), "longer than the caller's room: dropped, never written past it");
            Assert.AreEqual(0, answer[1]);
            transport.Close();
            transport.Close();
            Assert.IsFalse(transport.Send(new byte[] { 1 }, 0, 1));
        }

        [TestMethod]
        public void ALostFramingOrAClosedPeerEndsTheConnection()
        {
            using var peer = new Peer();
            var oversize = new WrapperClientTransport("127.0.0.1", peer.Port, 16, 1, 64);
            Socket first = peer.Accept();
            first.Send(Bytes.Parse("0001 0001 0010 0041"));
            Assert.AreEqual(-1, oversize.Receive(new byte[128], 0, 128, Wait.Limit), "a length above the maximum APDU size");
            Assert.IsTrue(ServerRig.ClosedByServer(first), "the client dropped the connection");

            var garbage = new WrapperClientTransport("127.0.0.1", peer.Port, 16, 1, 64);
            Socket second = peer.Accept();
            second.Send(Bytes.Parse("4854 5450"));
            Assert.AreEqual(-1, garbage.Receive(new byte[64], 0, 64, Wait.Limit), "not the wrapper");

            var closed = new WrapperClientTransport("127.0.0.1", peer.Port, 16, 1, 64);
            Socket third = peer.Accept();
            third.Close();
            Assert.AreEqual(-1, closed.Receive(new byte[64], 0, 64, Wait.Limit));
            Assert.IsFalse(closed.Send(new byte[] { 1 }, 0, 1));

            Assert.ThrowsExactly<SocketException>(() => new WrapperClientTransport("127.0.0.1", FreePort(), 16, 1, 64));
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private sealed class Peer : IDisposable
        {
            private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);

            public Peer()
            {
                _listener.Start();
            }

            public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

            public Socket Accept()
            {
                Socket socket = _listener.AcceptSocket();
                socket.ReceiveTimeout = Wait.Limit;
                return socket;
            }

            public void Dispose() => _listener.Stop();
        }
    }
}
