using System;
using System.Collections.Generic;
using System.Threading;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Tests.Dlms;
using Meter.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// The DLMS client over real loopback TCP (wrapper client transport and server): several HLS-GMAC
    /// clients at once, each in its own ciphered association, reading values split into data blocks.
    /// </summary>
    [TestClass]
    public class DlmsClientOverTcpTests
    {
        private static readonly byte[] Name = { 0, 0, 42, 0, 0, 255 };
        private static readonly byte[] Energy = { 1, 0, 1, 8, 0, 255 };

        [TestMethod]
        public void SeveralCipheredClientsReadAtOnceEachInItsOwnAssociation()
        {
            var factory = new MeterPerConnection();
            var server = new WrapperTcpServer(factory, new WrapperServerSettings("127.0.0.1", 0, 4, 2048, 30000, 20));
            server.Start();
            var loop = new Thread(() =>
            {
                while (server.IsListening)
                {
                    server.AcceptPending();
                }
            }) { IsBackground = true };
            loop.Start();
            try
            {
                const int Clients = 3;
                var failures = new string[Clients];
                var threads = new Thread[Clients];
                for (int c = 0; c < Clients; c++)
                {
                    int index = c;
                    threads[c] = new Thread(() => failures[index] = ReadTenTimes(server.LocalPort, (uint)(1000 * (index + 1))));
                    threads[c].Start();
                }

                foreach (Thread thread in threads)
                {
                    Assert.IsTrue(thread.Join(60000));
                }

                Assert.AreEqual(string.Join("|", new string[Clients]), string.Join("|", failures));
                FakeMeterSession[] sessions = factory.Sessions;
                Assert.AreEqual(Clients, sessions.Length);
                foreach (FakeMeterSession session in sessions)
                {
                    Assert.IsTrue(session.ClientCounters.Count > 20, "HLS and every ciphered request of one client");
                    uint first = (uint)session.ClientCounters[0];
                    for (int i = 1; i < session.ClientCounters.Count; i++)
                    {
                        Assert.AreEqual(first + (uint)i, (uint)session.ClientCounters[i], "one client's counters, in order, in its own session");
                    }
                }
            }
            finally
            {
                server.Stop();
            }
        }

        // Associates with HLS-GMAC, reads ten times (a register and a name in blocks of 16), releases; null or what failed.
        private static string ReadTenTimes(int port, uint counter)
        {
            try
            {
                var keys = new SecurityVectors((int)counter);
                var security = new ClientSecurity(keys.Rig.Operations, keys.EncryptionKey, keys.AuthenticationKey, Hex.Parse(SecurityVectors.ClientTitle), counter, new HmacDrbg(new VirtualTrng((int)counter)));
                var transport = new WrapperClientTransport("127.0.0.1", port, 1, 1, 1024);
                var client = new DlmsClient(transport, security);
                client.Associate();
                for (int i = 0; i < 10; i++)
                {
                    if (client.Get(new CosemAttributeDescriptor(3, Energy, 2)).Data.AsInt64() != 123456789L
                        || client.Get(new CosemAttributeDescriptor(1, Name, 2)).Data.AsString() != "MTR0123456789012345678901234567890123456")
                    {
                        return "wrong value";
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

        /// <summary>A fake meter per connection, each with its own key store (key operations are per association).</summary>
        private sealed class MeterPerConnection : IApduSessionFactory
        {
            private readonly List<FakeMeterSession> _sessions = new List<FakeMeterSession>();

            public FakeMeterSession[] Sessions
            {
                get
                {
                    lock (_sessions)
                    {
                        return _sessions.ToArray();
                    }
                }
            }

            public IApduSession Open(ushort clientSap, ushort serverSap)
            {
                FakeMeterSession meter;
                lock (_sessions)
                {
                    meter = DlmsClientCipheredTests.NewMeter(new SecurityVectors(200 + _sessions.Count));
                    _sessions.Add(meter);
                }

                meter.BlockSize = 16;
                return meter;
            }
        }
    }
}
