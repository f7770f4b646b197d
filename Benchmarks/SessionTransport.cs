using System;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;

namespace Meter.Benchmarks
{
    /// <summary>An <see cref="IApduTransport"/> wired straight to a server session (the benchmark's client associates through it in setup).</summary>
    public sealed class SessionTransport : IApduTransport
    {
        private readonly IApduSession _session;
        private readonly byte[] _response;
        private int _pending = -1;

        public SessionTransport(IApduSession session)
        {
            _session = session;
            _response = new byte[session.MaxApduSize];
        }

        public int MaxApduSize => _session.MaxApduSize;

        public bool Send(byte[] apdu, int offset, int count)
        {
            int length = _session.Process(apdu, offset, count, _response, 0, _response.Length);
            _pending = length > 0 ? length : -1;
            return true;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            int length = _pending;
            _pending = -1;
            if (length < 0 || length > count)
            {
                return -1;
            }

            Array.Copy(_response, 0, buffer, offset, length);
            return length;
        }

        public void Close()
        {
            _session.Close();
        }
    }
}
