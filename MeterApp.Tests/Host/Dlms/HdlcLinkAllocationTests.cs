using System;
using System.Text;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Server;
using Meter.Hal.Io;
using Meter.Tests.Dlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Host-only: once connected, the meter's HDLC server link allocates nothing per frame, for
    /// segmented requests and responses alike (GC.GetAllocatedBytesForCurrentThread).
    /// </summary>
    [TestClass]
    public class HdlcLinkAllocationTests
    {
        private const int Rounds = 200;

        [TestMethod]
        public void SegmentedExchangesDoNotAllocate()
        {
            string apdu = HdlcServerLinkTests.Pattern(200);
            string request = "e6e600" + apdu;
            StringBuilder script = new StringBuilder(HdlcVectors.Snrm);
            for (int r = 0; r < Rounds; r++)
            {
                int a = (2 * r) & 7;
                int b = (2 * r + 1) & 7;
                script.Append(HdlcServerFixture.Command(HdlcControl.Information(a, a, true), true, request.Substring(0, 256)));
                script.Append(HdlcServerFixture.Command(HdlcControl.Information(b, a, true), false, request.Substring(256)));
                script.Append(HdlcServerFixture.Command(HdlcControl.Supervisory(true, b, true), false, string.Empty));
            }

            ScriptPort port = new ScriptPort(Hex.Parse(script.ToString()));
            EchoSessionFactory factory = new EchoSessionFactory();
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.ReadTimeoutMilliseconds = 0;
            HdlcServerLink link = new HdlcServerLink(port, new ManualClock(), factory, settings);

            // Connect and one round to warm up; then measure the rest.
            for (int i = 0; i < 8; i++)
            {
                link.Step();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            while (port.Remaining > 0)
            {
                link.Step();
            }

            for (int i = 0; i < 8; i++)
            {
                link.Step();
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by the exchanges");
            Assert.AreEqual(Rounds, factory.Session.Requests);
            Assert.IsTrue(link.State == HdlcLinkState.Connected);

            // UA, then per round: RR, two response segments.
            Assert.AreEqual(1 + (3 * Rounds), port.Writes);
        }

        /// <summary>Reads a fixed byte script in small chunks; counts and discards writes.</summary>
        private sealed class ScriptPort : ISerialPort
        {
            private readonly byte[] _script;
            private int _position;

            public ScriptPort(byte[] script)
            {
                _script = script;
            }

            public int Remaining => _script.Length - _position;

            public int Writes { get; private set; }

            public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
            {
                int n = Math.Min(Math.Min(count, 37), Remaining);
                Array.Copy(_script, _position, buffer, offset, n);
                _position += n;
                return n;
            }

            public void Write(byte[] buffer, int offset, int count)
            {
                Writes++;
            }
        }

        private sealed class EchoSession : IApduSession
        {
            public int MaxApduSize => 1024;

            public int Requests { get; private set; }

            public int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
            {
                Requests++;
                Array.Copy(request, offset, response, responseOffset, count);
                return count;
            }

            public void Close()
            {
            }
        }

        private sealed class EchoSessionFactory : IApduSessionFactory
        {
            public EchoSession Session { get; private set; }

            public IApduSession Open(ushort clientSap, ushort serverSap)
            {
                Session = new EchoSession();
                return Session;
            }
        }
    }
}
