using System;
using System.Net.Sockets;
using System.Threading;
using Meter.Dlms.Transport;
using Meter.Hal.Host;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// The IEC 62056-47 wrapper server over real loopback sockets: isolation between connections,
    /// every way a client can misbehave closing only its own connection (and its session), and the
    /// server accepting new clients afterwards.
    /// </summary>
    [TestClass]
    public class WrapperTcpServerTests
    {
        [TestMethod]
        public void SeveralClientsAtOnceEachGetTheirOwnSession()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(256));
            WrapperClientTransport[] clients = { rig.Client(16), rig.Client(1), rig.Client(17, 2) };
            var failures = new string[clients.Length];
            var threads = new Thread[clients.Length];
            for (int c = 0; c < clients.Length; c++)
            {
                int index = c;
                threads[c] = new Thread(() => failures[index] = Converse(clients[index], (byte)(0x10 * (index + 1)), 20));
                threads[c].Start();
            }

            foreach (Thread thread in threads)
            {
                Assert.IsTrue(thread.Join(Wait.Limit));
            }

            Assert.AreEqual(string.Join("|", new string[3]), string.Join("|", failures));
            Assert.AreEqual(3, rig.Factory.Opened);
            Assert.AreEqual(3, rig.Server.ActiveConnections);

            // The wPorts of each connection's first header opened its session.
            bool[] seen = new bool[3];
            for (int s = 1; s <= 3; s++)
            {
                EchoSession session = rig.Factory.Session(s);
                int which = session.ClientSap == 16 ? 0 : session.ClientSap == 1 ? 1 : 2;
                seen[which] = true;
                Assert.AreEqual(which == 2 ? (ushort)2 : (ushort)1, session.ServerSap);
                Assert.AreEqual(0, session.Closes);
            }

            CollectionAssert.AreEqual(new[] { true, true, true }, seen);
            foreach (WrapperClientTransport client in clients)
            {
                client.Close();
            }

            for (int s = 1; s <= 3; s++)
            {
                Assert.IsTrue(rig.Factory.Session(s).WaitClosed(), "session " + s + " closed with its connection");
            }

            Assert.IsTrue(Wait.Until(() => rig.Server.ActiveConnections == 0));
        }

        [TestMethod]
        public void TheServerAnswersWithTheWPortsSwappedAndSkipsUnconfirmedApdus()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(256));
            using Socket raw = rig.Raw();
            raw.Send(Bytes.Parse("0001 0010 0001 0001 FF  0001 0010 0001 0002 C001"));
            var reply = new byte[12];
            Assert.AreEqual(12, ReceiveExactly(raw, reply));
            Assert.AreEqual("0001000100100004" + "0101C001", Bytes.Hex(reply));
        }

        [TestMethod]
        public void AnOversizeLengthClosesOnlyThatConnection()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(64), maxApduSize: 128);
            WrapperClientTransport good = rig.Client(16);
            Assert.IsNull(Converse(good, 0x01, 1));

            // Above the server's bound in the very first header: no session is ever opened for it.
            using Socket first = rig.Raw();
            first.Send(Bytes.Parse("0001 0010 0001 FFFF 00000000"));
            Assert.IsTrue(ServerRig.ClosedByServer(first));
            Assert.AreEqual(1, rig.Factory.Opened);

            // Within the server's bound but above the session's maximum (64): closed, session closed.
            using Socket second = rig.Raw();
            second.Send(Bytes.Parse("0001 0010 0001 0041"));
            Assert.IsTrue(ServerRig.ClosedByServer(second));
            Assert.IsTrue(rig.Factory.WaitOpened(2));
            Assert.IsTrue(rig.Factory.Session(2).WaitClosed());

            // A later PDU of an open session above its maximum, announced by its header alone.
            using Socket third = rig.Raw();
            third.Send(Bytes.Parse("0001 0010 0001 0001 AA"));
            Assert.AreEqual(11, ReceiveExactly(third, new byte[11]));
            third.Send(Bytes.Parse("0001 0010 0001 0100"));
            Assert.IsTrue(ServerRig.ClosedByServer(third));
            Assert.IsTrue(rig.Factory.Session(3).WaitClosed());

            Assert.IsNull(Converse(good, 0x02, 3), "the well-behaved client is still served");
            Assert.AreEqual(0, rig.Factory.Session(1).Closes);
        }

        [TestMethod]
        public void AnAbruptDisconnectClosesItsSession()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(256));
            Socket raw = rig.Raw();
            raw.Send(Bytes.Parse("0001 0001 0001 0002 C001"));
            Assert.AreEqual(12, ReceiveExactly(raw, new byte[12]));

            // Half a PDU, then a reset instead of an orderly close.
            raw.Send(Bytes.Parse("0001 0001 0001 0010 C0"));
            raw.LingerState = new LingerOption(true, 0);
            raw.Close();
            Assert.IsTrue(rig.Factory.Session(1).WaitClosed());
            Assert.IsTrue(Wait.Until(() => rig.Server.ActiveConnections == 0));
            Assert.AreEqual(1, rig.Factory.Session(1).Closes);
        }

        [TestMethod]
        public void GarbageWrongWPortsAndRefusedPairsCloseTheConnectionAndTheServerKeepsAccepting()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(256, refusedClient: 99));

            using Socket http = rig.Raw();
            http.Send(System.Text.Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n"));
            Assert.IsTrue(ServerRig.ClosedByServer(http), "not the wrapper: closed at the version field");

            using Socket empty = rig.Raw();
            empty.Send(Bytes.Parse("0001 0010 0001 0000"));
            Assert.IsTrue(ServerRig.ClosedByServer(empty), "a zero length");
            Assert.AreEqual(0, rig.Factory.Opened);

            using Socket refused = rig.Raw();
            refused.Send(Bytes.Parse("0001 0063 0001 0001 C0"));
            Assert.IsTrue(ServerRig.ClosedByServer(refused), "the factory opens no session for client 99");

            using Socket switching = rig.Raw();
            switching.Send(Bytes.Parse("0001 0010 0001 0001 C0"));
            Assert.AreEqual(11, ReceiveExactly(switching, new byte[11]));
            switching.Send(Bytes.Parse("0001 0001 0001 0001 C0"));
            Assert.IsTrue(ServerRig.ClosedByServer(switching), "one association per connection: the wPorts cannot change");
            Assert.IsTrue(rig.Factory.Session(1).WaitClosed());

            WrapperClientTransport good = rig.Client(16);
            Assert.IsNull(Converse(good, 0x33, 5));
            good.Close();
        }

        [TestMethod]
        public void ConnectionsBeyondTheLimitAreRefusedUntilASlotFrees()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(256), maxConnections: 2);
            WrapperClientTransport a = rig.Client(16);
            WrapperClientTransport b = rig.Client(17);
            Assert.IsNull(Converse(a, 1, 1));
            Assert.IsNull(Converse(b, 2, 1));

            using Socket third = rig.Raw();
            Assert.IsTrue(ServerRig.ClosedByServer(third));
            Assert.AreEqual(1, rig.Server.RefusedConnections);

            a.Close();
            Assert.IsTrue(rig.Factory.Session(1).WaitClosed());
            Assert.IsTrue(Wait.Until(() => rig.Server.ActiveConnections == 1));
            WrapperClientTransport c = rig.Client(18);
            Assert.IsNull(Converse(c, 3, 2));
            Assert.IsNull(Converse(b, 4, 1));
        }

        [TestMethod]
        public void AnIdleConnectionIsClosedAfterTheInactivityTimeout()
        {
            using var rig = new ServerRig(new ScriptedSessionFactory(256), inactivityMilliseconds: 200);
            WrapperClientTransport client = rig.Client(16);
            Assert.IsNull(Converse(client, 1, 1));
            Assert.IsTrue(rig.Factory.Session(1).WaitClosed());
            Assert.AreEqual(-1, client.Receive(new byte[16], 0, 16, Wait.Limit), "the client sees the connection end");
            Assert.IsFalse(client.Send(new byte[] { 0xC0 }, 0, 1) && client.Receive(new byte[16], 0, 16, Wait.Limit) > 0);
        }

        [TestMethod]
        public void StopClosesEveryConnectionAndItsSession()
        {
            var rig = new ServerRig(new ScriptedSessionFactory(256));
            WrapperClientTransport client = rig.Client(16);
            Assert.IsNull(Converse(client, 1, 1));
            rig.Dispose();
            Assert.IsTrue(rig.Factory.Session(1).WaitClosed());
            Assert.IsFalse(rig.Server.IsListening);
            Assert.IsTrue(Wait.Until(() => rig.Server.ActiveConnections == 0));
        }

        [TestMethod]
        public void TheAcceptLoopRunsAsASupervisedTaskAndStaysDownOnceStopped()
        {
            var factory = new ScriptedSessionFactory(256);
            var server = new WrapperTcpServer(factory, new WrapperServerSettings("127.0.0.1", 0, 4, 2048, 30000, 20));
            server.Start();
            var supervisor = new TaskSupervisor(new HostMonotonicClock(), new WatchdogKeeper(new VirtualWatchdog(new HostMonotonicClock(), 60000)), new SupervisorSettings(10, 20, 160, 60000));
            var task = new WrapperServerTask(server);
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                WrapperClientTransport client = new WrapperClientTransport("127.0.0.1", server.LocalPort, 16, 1, 256);
                Assert.IsNull(Converse(client, 9, 3));
                Assert.AreEqual("dlms-tcp", supervisor.Snapshot()[0].Name);
                Assert.AreEqual(0, supervisor.Snapshot()[0].Restarts);
            }
            finally
            {
                Assert.IsTrue(supervisor.Stop());
                server.Stop();
            }

            Assert.IsTrue(factory.Session(1).WaitClosed());
            Assert.IsFalse(server.IsListening);
            server.AcceptPending();
            Assert.IsFalse(server.IsListening, "a stopped server does not listen again by itself");
            Assert.ThrowsExactly<ArgumentException>(() => new WrapperServerTask(new WrapperTcpServer(factory, new WrapperServerSettings("127.0.0.1", 0, 1, 16, 1000, 6000))));
        }

        // Sends `rounds` APDUs and checks each echo; returns null, or what went wrong.
        internal static string Converse(WrapperClientTransport client, byte marker, int rounds)
        {
            var reply = new byte[64];
            int session = -1;
            int served = -1;
            for (int i = 0; i < rounds; i++)
            {
                byte[] apdu = { 0xC0, marker, (byte)i };
                if (!client.Send(apdu, 0, apdu.Length))
                {
                    return "send failed";
                }

                int length = client.Receive(reply, 0, reply.Length, Wait.Limit);
                if (length != 5 || reply[2] != 0xC0 || reply[3] != marker || reply[4] != (byte)i)
                {
                    return "bad reply " + length + " " + Bytes.Hex(reply, 0, Math.Max(length, 0));
                }

                // Each session counts only its own APDUs: a shared session would skip numbers.
                if (session >= 0 && (reply[0] != session || reply[1] != served + 1))
                {
                    return "answered by session " + reply[0] + " #" + reply[1] + " instead of " + session + " #" + (served + 1);
                }

                session = reply[0];
                served = reply[1];
            }

            return null;
        }

        internal static int ReceiveExactly(Socket socket, byte[] buffer)
        {
            int held = 0;
            while (held < buffer.Length)
            {
                int read = socket.Receive(buffer, held, buffer.Length - held, SocketFlags.None);
                if (read == 0)
                {
                    break;
                }

                held += read;
            }

            return held;
        }
    }
}
