using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Meter.Dlms.Axdr;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;
using Meter.Tests.Dlms;
using Meter.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// `meter read` as a person runs it: a process reading over loopback TCP from a wrapper server
    /// whose sessions are <see cref="FakeMeterSession"/>s (suite 0 with the Green Book keys).
    /// </summary>
    [TestClass]
    public class ReadVerbTests
    {
        private static readonly string MeterDll = Path.Combine(AppContext.BaseDirectory, "meter.dll");

        [TestMethod]
        public void AGmacReadPrintsScaledRegistersAndContinuesThePublishedInvocationCounter()
        {
            var factory = new FakeMeterFactory();
            using var served = new Served(factory);
            WrapperTcpServer server = served.Server;
            int exit = Meter(out string stdout, out string stderr, "read", "--port", server.LocalPort.ToString(),
                "--client", "1", "--auth", "gmac", "--ek", SecurityVectors.Ek, "--ak", SecurityVectors.Ak,
                "--system-title", SecurityVectors.ClientTitle, "--server-system-title", SecurityVectors.ServerTitle,
                "1.0.1.8.0.255:2", "1.0.32.7.0.255:2", "1/0.0.42.0.0.255:2");

            Assert.AreEqual(0, exit, stdout + stderr);
            StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = 12345 Wh (scaler 0)");
            StringAssert.Contains(stdout, "1.0.32.7.0.255:2 = 230.1 V (scaler -1)");
            StringAssert.Contains(stdout, "1/0.0.42.0.0.255:2 = \"MTR00000001\"");

            // A public association read 0.0.43.1.0.255 (41) first; the HLS association went on from 42.
            FakeMeterSession[] sessions = factory.Sessions;
            Assert.AreEqual(2, sessions.Length);
            Assert.AreEqual(0, sessions[0].ClientCounters.Count);
            // glo-initiateRequest 42, reply_to_HLS_authentication 43 with f(StoC) 44, then the GETs.
            for (int i = 0; i < sessions[1].ClientCounters.Count; i++)
            {
                Assert.AreEqual(42u + (uint)i, (uint)sessions[1].ClientCounters[i]);
            }

            Assert.AreEqual(3 + 5, sessions[1].ClientCounters.Count, "two registers with scaler_unit and a name");
        }

        [TestMethod]
        public void APublicReadPrintsRefusalsAndExitsWithOne()
        {
            var factory = new FakeMeterFactory();
            using var served = new Served(factory);
            WrapperTcpServer server = served.Server;
            int exit = Meter(out string stdout, out string stderr, "read", "--port", server.LocalPort.ToString(), "--auth", "none",
                "0.0.43.1.0.255:2", "1.0.99.1.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.Contains(stdout, "0.0.43.1.0.255:2 = 41");
            StringAssert.Contains(stdout, "1.0.99.1.0.255:2 = error: object-undefined");
        }

        [TestMethod]
        public void WrongKeysNoServerAndBadArgumentsGiveOneLine()
        {
            var factory = new FakeMeterFactory();
            using var served = new Served(factory);
            WrapperTcpServer server = served.Server;
            int exit = Meter(out string stdout, out string stderr, "read", "--port", server.LocalPort.ToString(), "--auth", "gmac", "--ic", "7",
                "--ek", "00112233445566778899aabbccddeeff", "--ak", SecurityVectors.Ak, "--system-title", SecurityVectors.ClientTitle, "1.0.1.8.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.Contains(stderr, "meter read: association refused");

            int port = server.LocalPort;
            server.Stop();
            exit = Meter(out stdout, out stderr, "read", "--port", port.ToString(), "--auth", "none", "1.0.1.8.0.255:2");
            Assert.AreEqual(1, exit, stdout + stderr);
            StringAssert.StartsWith(stderr, "meter read: ");

            exit = Meter(out stdout, out stderr, "read", "--auth", "gmac", "1.0.1.8.0.255:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "--auth gmac needs --ek, --ak and --system-title");

            exit = Meter(out stdout, out stderr, "read", "--auth", "none", "1.0.1.8.0:2");
            Assert.AreEqual(2, exit, stdout + stderr);
            StringAssert.Contains(stderr, "bad OBIS code");
        }

        /// <summary>A wrapper server on a free loopback port with its accept loop, stopped when disposed.</summary>
        private sealed class Served : IDisposable
        {
            public Served(IApduSessionFactory factory)
            {
                Server = new WrapperTcpServer(factory, new WrapperServerSettings("127.0.0.1", 0, 4, 2048, 30000, 20));
                Server.Start();
                var loop = new Thread(() =>
                {
                    while (Server.IsListening)
                    {
                        Server.AcceptPending();
                    }
                });
                loop.IsBackground = true;
                loop.Start();
            }

            public WrapperTcpServer Server { get; }

            public void Dispose() => Server.Stop();
        }

        private static int Meter(out string stdout, out string stderr, params string[] args)
        {
            var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(MeterDll);
            foreach (string arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(info);
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60000))
            {
                process.Kill(true);
                Assert.Fail("meter " + string.Join(" ", args) + " did not finish within a minute");
            }

            stderr = error.Result;
            return process.ExitCode;
        }

        /// <summary>A fake meter per connection, all with the Green Book keys and the same values.</summary>
        private sealed class FakeMeterFactory : IApduSessionFactory
        {
            private readonly SecurityVectors _keys = new SecurityVectors(160);
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
                var meter = new FakeMeterSession(_keys.Rig.Operations, _keys.EncryptionKey, _keys.AuthenticationKey, Hex.Parse(SecurityVectors.ServerTitle), 5000);
                meter.Put(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2, DlmsData.DoubleLongUnsigned(41));
                meter.Put(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 2, DlmsData.DoubleLongUnsigned(12345));
                meter.Put(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 3, DlmsData.Structure(DlmsData.Integer(0), DlmsData.Enum(30)));
                meter.Put(3, new byte[] { 1, 0, 32, 7, 0, 255 }, 2, DlmsData.LongUnsigned(2301));
                meter.Put(3, new byte[] { 1, 0, 32, 7, 0, 255 }, 3, DlmsData.Structure(DlmsData.Integer(-1), DlmsData.Enum(35)));
                meter.Put(1, new byte[] { 0, 0, 42, 0, 0, 255 }, 2, DlmsData.OctetString(System.Text.Encoding.ASCII.GetBytes("MTR00000001")));
                lock (_sessions)
                {
                    _sessions.Add(meter);
                }

                return meter;
            }
        }
    }
}
