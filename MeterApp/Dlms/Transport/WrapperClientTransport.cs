using System;
using System.Net;
using System.Net.Sockets;
using Meter.Dlms.Wrapper;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// The client side of the IEC 62056-47 wrapper over TCP: connects at construction, sends each
    /// APDU behind a header from the client wPort to the server wPort, and reassembles the server's
    /// PDUs with a <see cref="WrapperFramer"/> bounded by the maximum APDU size. A PDU from another
    /// wPort pair is skipped; a stream that loses its framing closes the connection. Not thread-safe
    /// (one client drives it).
    /// </summary>
    public sealed class WrapperClientTransport : IApduTransport
    {
        private const int ReceiveChunk = 512;

        // Poll takes microseconds in an int: longer waits are cut into slices.
        private const int MaxPollMilliseconds = 1000000;

        private readonly Socket _socket;
        private readonly ushort _clientWPort;
        private readonly ushort _serverWPort;
        private readonly int _maxApduSize;
        private readonly WrapperFramer _framer;
        private readonly byte[] _send;
        private readonly byte[] _chunk = new byte[ReceiveChunk];
        private int _chunkStart;
        private int _chunkEnd;
        private bool _closed;

        /// <summary>
        /// Connects to <paramref name="host"/> (dotted IPv4 or a name) on <paramref name="port"/> as
        /// client wPort <paramref name="clientWPort"/> (the client SAP) talking to server wPort
        /// <paramref name="serverWPort"/> (1: the management logical device), for APDUs of at most
        /// <paramref name="maxApduSize"/> bytes. Throws the socket's error when the connection fails.
        /// </summary>
        public WrapperClientTransport(string host, int port, ushort clientWPort, ushort serverWPort, int maxApduSize)
        {
            if (host == null)
            {
                throw new ArgumentNullException("host");
            }

            if (port < 1 || port > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("port");
            }

            if (maxApduSize < 1 || maxApduSize > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("maxApduSize");
            }

            _clientWPort = clientWPort;
            _serverWPort = serverWPort;
            _maxApduSize = maxApduSize;
            _framer = new WrapperFramer(maxApduSize);
            _send = new byte[WrapperHeader.Size + maxApduSize];
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                _socket.Connect(new IPEndPoint(SocketIo.Resolve(host), port));
            }
            catch (Exception)
            {
                _socket.Close();
                throw;
            }
        }

        /// <inheritdoc/>
        public int MaxApduSize
        {
            get { return _maxApduSize; }
        }

        /// <inheritdoc/>
        public bool Send(byte[] apdu, int offset, int count)
        {
            if (apdu == null)
            {
                throw new ArgumentNullException("apdu");
            }

            if (offset < 0 || count < 1 || count > _maxApduSize || offset > apdu.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (_closed)
            {
                return false;
            }

            WrapperHeader.Create(_clientWPort, _serverWPort, count).Encode(_send, 0, WrapperHeader.Size);
            Array.Copy(apdu, offset, _send, WrapperHeader.Size, count);
            try
            {
                if (SocketIo.SendAll(_socket, _send, 0, WrapperHeader.Size + count))
                {
                    return true;
                }
            }
            catch (Exception)
            {
                // Reset or closed by the peer.
            }

            Close();
            return false;
        }

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            int remaining = timeoutMilliseconds < 0 ? 0 : timeoutMilliseconds;
            while (!_closed)
            {
                while (_chunkStart < _chunkEnd)
                {
                    int consumed;
                    WrapperResult result = _framer.Push(_chunk, _chunkStart, _chunkEnd - _chunkStart, out consumed);
                    _chunkStart += consumed;
                    if (result == WrapperResult.Truncated)
                    {
                        break;
                    }

                    if (result != WrapperResult.Ok)
                    {
                        Close();
                        return -1;
                    }

                    WrapperHeader header = _framer.Header;
                    if (header.Source != _serverWPort || header.Destination != _clientWPort)
                    {
                        continue;
                    }

                    if (header.Length > count)
                    {
                        return -1;
                    }

                    Array.Copy(_framer.Buffer, _framer.ApduOffset, buffer, offset, header.Length);
                    return header.Length;
                }

                if (!Fill(ref remaining))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            try
            {
                _socket.Close();
            }
            catch (Exception)
            {
                // Already gone.
            }
        }

        // Waits for bytes within the time left and reads them into the chunk; false on timeout or a closed connection.
        private bool Fill(ref int remaining)
        {
            try
            {
                while (true)
                {
                    int slice = remaining < MaxPollMilliseconds ? remaining : MaxPollMilliseconds;
                    if (_socket.Poll(slice * 1000, SelectMode.SelectRead))
                    {
                        break;
                    }

                    remaining -= slice;
                    if (remaining <= 0)
                    {
                        return false;
                    }
                }

                int read = _socket.Receive(_chunk, 0, _chunk.Length, SocketFlags.None);
                if (read > 0)
                {
                    _chunkStart = 0;
                    _chunkEnd = read;
                    return true;
                }
            }
            catch (Exception)
            {
                // Reset by the peer.
            }

            Close();
            return false;
        }
    }
}
