using System;
using System.Net.Sockets;
using Meter.Dlms.Server;
using Meter.Dlms.Wrapper;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// One accepted wrapper connection on its own thread (IEC 62056-47): the first header names the
    /// client SAP (source wPort) and the server SAP (destination wPort) and opens the session; every
    /// later PDU must carry the same pair. A bad version, a zero length, a length above the session's
    /// maximum, another wPort pair, an idle period past the inactivity timeout or a socket error ends
    /// the connection; the session then gets <see cref="IApduSession.Close"/>. Nothing escapes the thread.
    /// </summary>
    internal sealed class WrapperConnection
    {
        private const int ReceiveChunk = 512;

        private readonly Socket _socket;
        private readonly IApduSessionFactory _factory;
        private readonly WrapperServerSettings _settings;
        private readonly WrapperTcpServer _owner;
        private readonly byte[] _chunk = new byte[ReceiveChunk];
        private readonly byte[] _firstHeader = new byte[WrapperHeader.Size];
        private int _firstHeaderHeld;
        private IApduSession _session;
        private WrapperFramer _framer;
        private byte[] _response;
        private int _clientSap;
        private int _serverSap;

        internal WrapperConnection(Socket socket, IApduSessionFactory factory, WrapperServerSettings settings, WrapperTcpServer owner)
        {
            _socket = socket;
            _factory = factory;
            _settings = settings;
            _owner = owner;
        }

        /// <summary>The connection's thread: serves until the connection ends, then closes the session and the socket.</summary>
        internal void Run()
        {
            try
            {
                _socket.ReceiveTimeout = _settings.InactivityTimeoutMilliseconds;
                _socket.SendTimeout = _settings.InactivityTimeoutMilliseconds;
                while (true)
                {
                    int read = _socket.Receive(_chunk, 0, _chunk.Length, SocketFlags.None);
                    if (read <= 0 || !Feed(_chunk, 0, read))
                    {
                        break;
                    }
                }
            }
            catch (Exception)
            {
                // A timeout, a reset, a closed socket (Abort) or a session fault: the connection ends.
            }
            finally
            {
                End();
            }
        }

        /// <summary>Closes the socket from another thread (server stop); the connection's thread then ends it.</summary>
        internal void Abort()
        {
            CloseSocket();
        }

        // Consumes received bytes; false when the connection must end.
        private bool Feed(byte[] data, int offset, int count)
        {
            while (count > 0)
            {
                if (_framer == null)
                {
                    int take = Smaller(WrapperHeader.Size - _firstHeaderHeld, count);
                    Array.Copy(data, offset, _firstHeader, _firstHeaderHeld, take);
                    _firstHeaderHeld += take;
                    offset += take;
                    count -= take;
                    if (!TryOpen())
                    {
                        return false;
                    }

                    continue;
                }

                int consumed;
                WrapperResult result = _framer.Push(data, offset, count, out consumed);
                offset += consumed;
                count -= consumed;
                if (result == WrapperResult.Truncated)
                {
                    return true;
                }

                if (result != WrapperResult.Ok || !Serve())
                {
                    return false;
                }
            }

            return true;
        }

        // The first header: checked against the server-wide bound, then it opens the session, whose own maximum sizes the buffers.
        private bool TryOpen()
        {
            WrapperHeader header;
            WrapperResult result = WrapperHeader.Parse(_firstHeader, 0, _firstHeaderHeld, _settings.MaxApduSize, out header);
            if (result == WrapperResult.Truncated)
            {
                return true;
            }

            if (result != WrapperResult.Ok)
            {
                return false;
            }

            _clientSap = header.Source;
            _serverSap = header.Destination;
            _session = _factory.Open((ushort)_clientSap, (ushort)_serverSap);
            if (_session == null)
            {
                return false;
            }

            int maxApdu = _session.MaxApduSize;
            if (maxApdu < 1 || maxApdu > 0xFFFF || header.Length > maxApdu)
            {
                return false;
            }

            _framer = new WrapperFramer(maxApdu);
            _response = new byte[WrapperHeader.Size + maxApdu];
            int consumed;
            return _framer.Push(_firstHeader, 0, WrapperHeader.Size, out consumed) == WrapperResult.Truncated;
        }

        // One whole PDU: same wPort pair as the first, handed to the session; its answer goes back with the pair swapped.
        private bool Serve()
        {
            WrapperHeader header = _framer.Header;
            if (header.Source != _clientSap || header.Destination != _serverSap)
            {
                return false;
            }

            int room = _response.Length - WrapperHeader.Size;
            int length = _session.Process(_framer.Buffer, _framer.ApduOffset, _framer.ApduLength, _response, WrapperHeader.Size, room);
            if (length < 0 || length > room)
            {
                return false;
            }

            if (length == 0)
            {
                return true;
            }

            WrapperHeader.Create(_serverSap, _clientSap, length).Encode(_response, 0, WrapperHeader.Size);
            return SocketIo.SendAll(_socket, _response, 0, WrapperHeader.Size + length);
        }

        private void End()
        {
            IApduSession session = _session;
            _session = null;
            if (session != null)
            {
                try
                {
                    session.Close();
                }
                catch (Exception)
                {
                    // The session's fault must not keep the connection slot taken.
                }
            }

            CloseSocket();
            _owner.Release(this);
        }

        private void CloseSocket()
        {
            try
            {
                _socket.Close();
            }
            catch (Exception)
            {
                // Already closed.
            }
        }

        private static int Smaller(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
