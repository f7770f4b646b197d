using System;
using System.Threading;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Server;
using Meter.Hal.Host;
using Meter.Host;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// A meter's DLMS serial line as `meter run` offers it: a real <see cref="HdlcServerLink"/> on a
    /// <see cref="TcpSerialBridge"/> (a free loopback port), stepped by its own thread, its sessions from
    /// the given factory. Stopped when disposed.
    /// </summary>
    internal sealed class HdlcServed : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;

        public HdlcServed(IApduSessionFactory factory, int physicalAddress = 17)
        {
            Bridge = new TcpSerialBridge(0);
            var settings = new HdlcServerSettings { PhysicalAddress = physicalAddress, ReadTimeoutMilliseconds = 20, InterOctetTimeoutMilliseconds = 200 };
            Link = new HdlcServerLink(Bridge, new HostMonotonicClock(), factory, settings);
            _thread = new Thread(Run) { IsBackground = true, Name = "test-meter-hdlc" };
            _thread.Start();
        }

        public TcpSerialBridge Bridge { get; }

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
