using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Meter.Dlms.Transport;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>A wrapper server on 127.0.0.1 and a free port, its accept loop on a background thread.</summary>
    internal sealed class ServerRig : IDisposable
    {
        private readonly Thread _loop;
        private volatile bool _stopping;

        public ServerRig(ScriptedSessionFactory factory, int maxConnections = 4, int maxApduSize = 2048, int inactivityMilliseconds = 30000)
        {
            Factory = factory;
            Server = new WrapperTcpServer(factory, new WrapperServerSettings("127.0.0.1", 0, maxConnections, maxApduSize, inactivityMilliseconds, 20));
            Server.Start();
            _loop = new Thread(() =>
            {
                while (!_stopping)
                {
                    Server.AcceptPending();
                }
            });
            _loop.IsBackground = true;
            _loop.Start();
        }

        public ScriptedSessionFactory Factory { get; }

        public WrapperTcpServer Server { get; }

        public int Port => Server.LocalPort;

        public WrapperClientTransport Client(ushort clientSap, ushort serverSap = 1, int maxApdu = 2048)
        {
            return new WrapperClientTransport("127.0.0.1", Port, clientSap, serverSap, maxApdu);
        }

        /// <summary>A raw socket to the server, for bytes no well-behaved client sends.</summary>
        public Socket Raw()
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(new IPEndPoint(IPAddress.Loopback, Port));
            socket.ReceiveTimeout = Wait.Limit;
            return socket;
        }

        /// <summary>True when the server closed <paramref name="socket"/> (it reads end of stream or a reset).</summary>
        public static bool ClosedByServer(Socket socket)
        {
            var buffer = new byte[64];
            try
            {
                return socket.Receive(buffer) == 0;
            }
            catch (SocketException e)
            {
                return e.SocketErrorCode == SocketError.ConnectionReset;
            }
        }

        public void Dispose()
        {
            _stopping = true;
            _loop.Join();
            Server.Stop();
        }
    }
}
