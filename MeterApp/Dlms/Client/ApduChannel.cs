using System;
using Meter.Dlms.Security;
using Meter.Dlms.Transport;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// The client's request/response exchange over a transport, with suite 0 protection once the
    /// association is ciphered (Green Book ed. 9, 9.2.7.2.4): each request goes out glo-ciphered,
    /// authenticated and encrypted, under the next invocation counter; each response must be a
    /// ciphered APDU that verifies, with a server counter above the last one (or a plain
    /// exception-response, which carries no data). Failures throw <see cref="DlmsClientException"/>.
    /// </summary>
    internal sealed class ApduChannel
    {
        /// <summary>The most a glo-ciphered request adds to its plain APDU: tag, length (up to 3), SC, IC, tag.</summary>
        internal const int CipheringOverhead = 1 + 3 + ApduCipher.SecurityHeaderLength + ApduCipher.TagLength;

        private readonly IApduTransport _transport;
        private readonly byte[] _wire;
        private readonly byte[] _plain;
        private readonly SecurityHeader _header = new SecurityHeader();
        private SecurityContext _securityContext;
        private SecurityContext _context;
        private ApduCipher _cipher;
        private uint _invocationCounter;
        private bool _counterExhausted;

        internal ApduChannel(IApduTransport transport, int timeoutMilliseconds)
        {
            _transport = transport;
            _wire = new byte[transport.MaxApduSize];
            _plain = new byte[transport.MaxApduSize];
            TimeoutMilliseconds = timeoutMilliseconds;
            MaxRequestSize = transport.MaxApduSize;
        }

        /// <summary>How long a response may take.</summary>
        internal int TimeoutMilliseconds { get; set; }

        /// <summary>Largest APDU the server receives (negotiated), as sent on the wire.</summary>
        internal int MaxRequestSize { get; set; }

        /// <summary>The largest plain request that still fits <see cref="MaxRequestSize"/> once protected.</summary>
        internal int MaxPlainRequestSize
        {
            get { return MaxRequestSize - (IsCiphered ? CipheringOverhead : 0); }
        }

        /// <summary>The response of the last exchange, from offset 0 (plaintext once ciphered).</summary>
        internal byte[] Response
        {
            get { return _plain; }
        }

        /// <summary>True once requests are protected.</summary>
        internal bool IsCiphered
        {
            get { return _context != null; }
        }

        /// <summary>The counter the next protected APDU will carry.</summary>
        internal uint NextInvocationCounter
        {
            get { return _invocationCounter; }
        }

        /// <summary>Sets the counter of the next protected APDU (once, before the first association: later ones continue from where it got).</summary>
        internal void SetInvocationCounter(uint next)
        {
            _invocationCounter = next;
        }

        /// <summary>Sets up protection with <paramref name="context"/> for a new association; requests stay plain until <see cref="StartProtection"/>.</summary>
        internal void UseSecurity(KeyOperations operations, SecurityContext context)
        {
            _cipher = new ApduCipher(operations, _transport.MaxApduSize);
            _securityContext = context;
        }

        /// <summary>From now on every request is protected and every response must be.</summary>
        internal void StartProtection()
        {
            _context = _securityContext;
        }

        /// <summary>Back to plain APDUs (after a release).</summary>
        internal void StopProtection()
        {
            _context = null;
        }

        /// <summary>Takes the next invocation counter (it is never used twice).</summary>
        internal uint TakeInvocationCounter()
        {
            if (_counterExhausted)
            {
                throw new DlmsClientException("the invocation counter is exhausted: the keys must be changed");
            }

            uint counter = _invocationCounter;
            if (counter == uint.MaxValue)
            {
                _counterExhausted = true;
            }
            else
            {
                _invocationCounter = counter + 1;
            }

            return counter;
        }

        /// <summary>Protects a plain APDU into its glo-* form under the next counter (AARQ and RLRQ user-information); returns a new array.</summary>
        internal byte[] Protect(byte[] apdu, int offset, int count)
        {
            int written;
            CipherResult result = _cipher.Protect(_securityContext, false, SecurityControl.AuthenticatedAndEncrypted, TakeInvocationCounter(), apdu, offset, count, _wire, 0, _wire.Length, out written);
            if (result != CipherResult.Ok)
            {
                throw new DlmsClientException("cannot protect the request: " + ResultText.Of(result));
            }

            byte[] copy = new byte[written];
            Array.Copy(_wire, copy, written);
            return copy;
        }

        /// <summary>Opens a ciphered APDU from the server into <paramref name="output"/>; returns the plaintext length.</summary>
        internal int Unprotect(byte[] input, int offset, int count, byte[] output)
        {
            CipherResult result = _cipher.Unprotect(_securityContext, input, offset, count, output, 0, output.Length, _header);
            if (result != CipherResult.Ok)
            {
                throw new DlmsClientException("the server's response does not verify: " + ResultText.Of(result));
            }

            return _header.PlaintextLength;
        }

        /// <summary>Sends a request (protected when ciphered) and returns the response's length in <see cref="Response"/>.</summary>
        internal int Exchange(byte[] request, int offset, int count)
        {
            if (_context == null)
            {
                Send(request, offset, count);
                return Receive(_plain);
            }

            int written;
            CipherResult result = _cipher.Protect(_context, false, SecurityControl.AuthenticatedAndEncrypted, TakeInvocationCounter(), request, offset, count, _wire, 0, _wire.Length, out written);
            if (result != CipherResult.Ok)
            {
                throw new DlmsClientException("cannot protect the request: " + ResultText.Of(result));
            }

            Send(_wire, 0, written);
            int length = Receive(_wire);
            if (CipheredTag.PlainOf(_wire[0]) >= 0 || _wire[0] == CipheredTag.GeneralGloCiphering)
            {
                return Unprotect(_wire, 0, length, _plain);
            }

            // A server that cannot decipher answers in plain: only an exception-response is taken so.
            if (_wire[0] == Xdlms.XdlmsTag.ExceptionResponse)
            {
                Array.Copy(_wire, _plain, length);
                return length;
            }

            throw new DlmsClientException("unprotected response (tag 0x" + _wire[0].ToString("X2") + ") in a ciphered association");
        }

        private void Send(byte[] apdu, int offset, int count)
        {
            if (count > MaxRequestSize)
            {
                throw new DlmsClientException("the request takes " + count.ToString() + " bytes, more than the server receives (" + MaxRequestSize.ToString() + ")");
            }

            if (!_transport.Send(apdu, offset, count))
            {
                throw new DlmsClientException("the connection is closed");
            }
        }

        private int Receive(byte[] buffer)
        {
            int length = _transport.Receive(buffer, 0, buffer.Length, TimeoutMilliseconds);
            if (length <= 0)
            {
                throw new DlmsClientException("no response within " + TimeoutMilliseconds.ToString() + " ms (timed out, connection closed, or a response above " + buffer.Length.ToString() + " bytes)");
            }

            return length;
        }
    }
}
