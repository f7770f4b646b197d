using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Meter.Hal.Io;

namespace Meter.Host
{
    /// <summary>
    /// The virtual board's DLMS serial port (the optical/RS-485 line an HDLC client plugs into) as a
    /// TCP byte stream (on 127.0.0.1 unless configured): a test or a PC tool connects and talks IEC 62056-46 HDLC to the
    /// meter's server link through this <see cref="ISerialPort"/>. One attached tool at a time, as
    /// one cable: a new connection unplugs the previous one. With nothing attached, written bytes
    /// are lost, as on a UART with no one listening. Input is buffered up to a bound; a tool that
    /// floods it is held back by TCP flow control.
    /// </summary>
    public sealed class TcpSerialBridge : ISerialPort, IDisposable
    {
        /// <summary>Default TCP port of the virtual serial line (4059 is the wrapper's).</summary>
        public const int DefaultPort = 4061;

        private const int InputCapacity = 64 * 1024;
        private const int SendTimeoutMilliseconds = 2000;

        private readonly TcpListener _listener;
        private readonly object _sync = new object();
        private readonly byte[] _input = new byte[InputCapacity];
        private int _head;
        private int _count;
        private Socket _peer;
        private bool _disposed;

        /// <summary>Listens on 127.0.0.1:<paramref name="port"/> (0: any free port, see <see cref="Port"/>).</summary>
        public TcpSerialBridge(int port)
            : this(IPAddress.Loopback, port)
        {
        }

        /// <summary>
        /// Listens on <paramref name="address"/>:<paramref name="port"/> (0: any free port). Anything
        /// but loopback exposes the meter's serial line to the network: the caller's choice.
        /// </summary>
        public TcpSerialBridge(IPAddress address, int port)
        {
            _listener = new TcpListener(address ?? throw new ArgumentNullException(nameof(address)), port);
            _listener.Start();
            new Thread(AcceptLoop) { IsBackground = true, Name = "dlms-serial-bridge" }.Start();
        }

        /// <summary>The TCP port listened on.</summary>
        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        /// <summary>The address and port listened on.</summary>
        public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

        /// <summary>True while a tool is connected.</summary>
        public bool IsAttached
        {
            get
            {
                lock (_sync)
                {
                    return _peer != null;
                }
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            lock (_sync)
            {
                if (_count == 0 && !_disposed && timeoutMilliseconds > 0)
                {
                    Monitor.Wait(_sync, timeoutMilliseconds);
                }

                int n = Math.Min(count, _count);
                for (int i = 0; i < n; i++)
                {
                    buffer[offset + i] = _input[(_head + i) % InputCapacity];
                }

                _head = (_head + n) % InputCapacity;
                _count -= n;
                if (n > 0)
                {
                    Monitor.PulseAll(_sync); // room for a reader held back by a full buffer
                }

                return n;
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            Socket peer;
            lock (_sync)
            {
                peer = _peer;
            }

            if (peer == null)
            {
                return;
            }

            try
            {
                int sent = 0;
                while (sent < count)
                {
                    sent += peer.Send(buffer, offset + sent, count - sent, SocketFlags.None);
                }
            }
            catch (SocketException)
            {
                Detach(peer);
            }
            catch (ObjectDisposedException)
            {
                Detach(peer);
            }
        }

        public void Dispose()
        {
            Socket peer;
            lock (_sync)
            {
                _disposed = true;
                peer = _peer;
                _peer = null;
                Monitor.PulseAll(_sync);
            }

            _listener.Stop();
            peer?.Dispose();
        }

        private void AcceptLoop()
        {
            while (true)
            {
                Socket socket;
                try
                {
                    socket = _listener.AcceptSocket();
                }
                catch (SocketException)
                {
                    return; // stopped
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
                catch (InvalidOperationException)
                {
                    return; // stopped before this call
                }

                socket.NoDelay = true;
                socket.SendTimeout = SendTimeoutMilliseconds;
                Socket previous;
                lock (_sync)
                {
                    if (_disposed)
                    {
                        socket.Dispose();
                        return;
                    }

                    previous = _peer;
                    _peer = socket;
                    _head = 0;
                    _count = 0; // a new cable: nothing of the old line's input is left
                }

                previous?.Dispose();
                new Thread(() => ReceiveLoop(socket)) { IsBackground = true, Name = "dlms-serial-rx" }.Start();
            }
        }

        private void ReceiveLoop(Socket socket)
        {
            byte[] chunk = new byte[1024];
            try
            {
                while (true)
                {
                    int n = socket.Receive(chunk);
                    if (n <= 0 || !Append(socket, chunk, n))
                    {
                        break;
                    }
                }
            }
            catch (SocketException)
            {
            }
            catch (ObjectDisposedException)
            {
            }

            Detach(socket);
        }

        private bool Append(Socket socket, byte[] chunk, int n)
        {
            lock (_sync)
            {
                for (int i = 0; i < n; i++)
                {
                    while (_count == InputCapacity)
                    {
                        if (_peer != socket)
                        {
                            return false;
                        }

                        Monitor.Wait(_sync, 100); // the meter is not reading: hold the tool back
                    }

                    if (_peer != socket)
                    {
                        return false;
                    }

                    _input[(_head + _count) % InputCapacity] = chunk[i];
                    _count++;
                }

                Monitor.PulseAll(_sync);
                return true;
            }
        }

        private void Detach(Socket socket)
        {
            lock (_sync)
            {
                if (_peer == socket)
                {
                    _peer = null;
                }
            }

            socket.Dispose();
        }
    }
}
