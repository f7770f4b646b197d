using System;
using System.Threading;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>A wrapper server on a free loopback port with its accept loop, stopped when disposed.</summary>
    internal sealed class WrapperServed : IDisposable
    {
        public WrapperServed(IApduSessionFactory factory)
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
}
