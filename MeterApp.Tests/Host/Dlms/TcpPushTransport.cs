using System;
using System.Net.Sockets;
using Meter.Dlms.Push;
using Meter.Dlms.Transport;
using Meter.Dlms.Wrapper;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// A minimal IEC 62056-47 wrapper sender over a real socket, for the host push tests only
    /// (the meter's own WrapperClientTransport lives in Meter.Dlms.Transport): each APDU goes
    /// out behind an 8-byte wrapper header.
    /// </summary>
    internal sealed class TcpPushTransport : IApduTransport
    {
        private readonly TcpClient _client;
        private readonly int _sourceWPort;
        private readonly int _destinationWPort;

        public TcpPushTransport(TcpClient client, int sourceWPort, int destinationWPort)
        {
            _client = client;
            _sourceWPort = sourceWPort;
            _destinationWPort = destinationWPort;
        }

        public int MaxApduSize
        {
            get { return 2048; }
        }

        public bool Send(byte[] apdu, int offset, int count)
        {
            byte[] frame = new byte[WrapperHeader.Size + count];
            WrapperHeader.Create(_sourceWPort, _destinationWPort, count).Encode(frame, 0, WrapperHeader.Size);
            Array.Copy(apdu, offset, frame, WrapperHeader.Size, count);
            try
            {
                _client.GetStream().Write(frame, 0, frame.Length);
                return true;
            }
            catch (Exception e) when (e is SocketException || e is System.IO.IOException || e is InvalidOperationException)
            {
                return false;
            }
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            return -1;
        }

        public void Close()
        {
            _client.Dispose();
        }
    }

    /// <summary>Connects <see cref="TcpPushTransport"/>s to a "host:port" destination with a short timeout.</summary>
    internal sealed class TcpPushTransportFactory : IPushTransportFactory
    {
        /// <summary>The meter's management logical device sends.</summary>
        public const int MeterWPort = 1;

        /// <summary>The head-end's push listener (IDIS push client SAP 0x66; confirm against the utility's profile).</summary>
        public const int HeadEndWPort = 0x66;

        public IApduTransport Connect(string destination)
        {
            string host;
            int port;
            if (!PushDestination.TryParse(destination, out host, out port))
            {
                return null;
            }

            TcpClient client = new TcpClient();
            try
            {
                if (!client.ConnectAsync(host, port).Wait(2000))
                {
                    client.Dispose();
                    return null;
                }
            }
            catch (AggregateException)
            {
                client.Dispose();
                return null;
            }

            return new TcpPushTransport(client, MeterWPort, HeadEndWPort);
        }
    }
}
