using System;
using Meter.Dlms.Transport;
using Meter.Tests.Support;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// An <see cref="IApduTransport"/> that plays a script: each APDU the client sends must equal the
    /// next expected request (hex), and is answered with the response paired with it. A mismatch is
    /// recorded (and answered with nothing), so a test can assert the client's bytes exactly.
    /// </summary>
    internal sealed class ScriptedTransport : IApduTransport
    {
        private readonly string[] _requests;
        private readonly string[] _responses;
        private readonly int _maxApduSize;
        private int _next;
        private byte[] _pending;

        /// <summary>Pairs of (expected request, response) in hex; a null response answers nothing (timeout).</summary>
        public ScriptedTransport(int maxApduSize, params string[] script)
        {
            _maxApduSize = maxApduSize;
            _requests = new string[script.Length / 2];
            _responses = new string[script.Length / 2];
            for (int i = 0; i < _requests.Length; i++)
            {
                _requests[i] = script[2 * i].ToLower();
                _responses[i] = script[2 * i + 1];
            }
        }

        /// <summary>The first request that differed from the script, as "expected != sent", or null.</summary>
        public string Mismatch { get; private set; }

        /// <summary>True when every scripted request was sent.</summary>
        public bool Finished
        {
            get { return _next == _requests.Length; }
        }

        public int MaxApduSize
        {
            get { return _maxApduSize; }
        }

        public bool Send(byte[] apdu, int offset, int count)
        {
            byte[] sent = new byte[count];
            Array.Copy(apdu, offset, sent, 0, count);
            string hex = Hex.Format(sent);
            _pending = null;
            if (_next >= _requests.Length)
            {
                Mismatch = Mismatch ?? "nothing more expected != " + hex;
                return true;
            }

            if (_requests[_next] != hex)
            {
                Mismatch = Mismatch ?? _requests[_next] + " != " + hex;
                _next = _requests.Length;
                return true;
            }

            _pending = _responses[_next] == null ? null : Hex.Parse(_responses[_next]);
            _next++;
            return true;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            byte[] response = _pending;
            _pending = null;
            if (response == null || response.Length > count)
            {
                return -1;
            }

            Array.Copy(response, 0, buffer, offset, response.Length);
            return response.Length;
        }

        public void Close()
        {
        }
    }
}
