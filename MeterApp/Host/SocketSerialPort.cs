using System;
using System.Net.Sockets;
using System.Threading;
using Meter.Hal.Io;

namespace Meter.Host
{
    /// <summary>
    /// A connected TCP socket as an <see cref="ISerialPort"/>: lets a PC tool run the HDLC client link
    /// over the virtual board's serial line (<see cref="TcpSerialBridge"/>). Once the peer has closed,
    /// reads wait their timeout and return 0 and writes are dropped, as on an unplugged line.
    /// </summary>
    public sealed class SocketSerialPort : ISerialPort, IDisposable
    {
        private readonly Socket _socket;
        private volatile bool _closed;

        /// <summary>Wraps <paramref name="socket"/>, which this port then owns.</summary>
        public SocketSerialPort(Socket socket)
        {
            _socket = socket ?? throw new ArgumentNullException(nameof(socket));
            _socket.NoDelay = true;
        }

        /// <summary>True once the peer closed the connection or an I/O error ended it.</summary>
        public bool IsClosed => _closed;

        /// <summary>Connects to <paramref name="host"/>:<paramref name="port"/> within <paramref name="timeoutMilliseconds"/>.</summary>
        public static SocketSerialPort Connect(string host, int port, int timeoutMilliseconds)
        {
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                using (CancellationTokenSource cancel = new CancellationTokenSource(timeoutMilliseconds))
                {
                    socket.ConnectAsync(host, port, cancel.Token).AsTask().GetAwaiter().GetResult();
                }

                return new SocketSerialPort(socket);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (count <= 0)
            {
                return 0;
            }

            try
            {
                int microseconds = Math.Clamp(timeoutMilliseconds, 0, int.MaxValue / 1000) * 1000;
                if (!_closed && _socket.Poll(microseconds, SelectMode.SelectRead))
                {
                    int n = _socket.Receive(buffer, offset, count, SocketFlags.None);
                    if (n > 0)
                    {
                        return n;
                    }

                    _closed = true; // orderly close by the peer
                }
                else if (!_closed)
                {
                    return 0;
                }
            }
            catch (SocketException)
            {
                _closed = true;
            }
            catch (ObjectDisposedException)
            {
                _closed = true;
            }

            Thread.Sleep(Math.Max(0, timeoutMilliseconds));
            return 0;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (_closed)
            {
                return;
            }

            try
            {
                int sent = 0;
                while (sent < count)
                {
                    sent += _socket.Send(buffer, offset + sent, count - sent, SocketFlags.None);
                }
            }
            catch (SocketException)
            {
                _closed = true;
            }
            catch (ObjectDisposedException)
            {
                _closed = true;
            }
        }

        public void Dispose()
        {
            _closed = true;
            _socket.Dispose();
        }
    }
}
