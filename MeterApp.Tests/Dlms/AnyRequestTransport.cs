using System;
using Meter.Dlms.Transport;

namespace Meter.Tests.Dlms
{
    /// <summary>An <see cref="IApduTransport"/> that answers whatever is sent with one fixed response.</summary>
    internal sealed class AnyRequestTransport : IApduTransport
    {
        private readonly int _maxApduSize;
        private readonly byte[] _response;
        private bool _pending;

        public AnyRequestTransport(int maxApduSize, byte[] response)
        {
            _maxApduSize = maxApduSize;
            _response = response;
        }

        public int MaxApduSize
        {
            get { return _maxApduSize; }
        }

        public bool Send(byte[] apdu, int offset, int count)
        {
            _pending = true;
            return true;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (!_pending || _response.Length > count)
            {
                return -1;
            }

            _pending = false;
            Array.Copy(_response, 0, buffer, offset, _response.Length);
            return _response.Length;
        }

        public void Close()
        {
        }
    }
}
