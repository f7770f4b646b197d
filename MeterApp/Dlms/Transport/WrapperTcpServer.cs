using System;
using System.Collections;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Meter.Dlms.Server;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// The IEC 62056-47 wrapper over TCP, server side: listens on the configured address and port,
    /// and serves each client on its own thread with its own <see cref="IApduSession"/>, so
    /// connections are isolated from each other. At most <see cref="WrapperServerSettings.MaxConnections"/>
    /// are served at once; one more is accepted and closed at once. <see cref="AcceptPending"/> is
    /// the accept loop's step (see <see cref="WrapperServerTask"/>): it waits a bounded time and never
    /// throws. Thread-safe.
    /// </summary>
    public sealed class WrapperTcpServer
    {
        private readonly object _sync = new object();
        private readonly IApduSessionFactory _factory;
        private readonly WrapperServerSettings _settings;
        private readonly ArrayList _connections = new ArrayList();
        private Socket _listener;
        private int _localPort;
        private int _refused;
        private int _accepted;
        private bool _stopped;

        /// <summary>A server that opens sessions from <paramref name="factory"/>; nothing listens until <see cref="Start"/> or <see cref="AcceptPending"/>.</summary>
        public WrapperTcpServer(IApduSessionFactory factory, WrapperServerSettings settings)
        {
            if (factory == null || settings == null)
            {
                throw new ArgumentNullException(factory == null ? "factory" : "settings");
            }

            _factory = factory;
            _settings = settings;
        }

        /// <summary>The settings it runs with.</summary>
        public WrapperServerSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>True while the listening socket is open.</summary>
        public bool IsListening
        {
            get
            {
                lock (_sync)
                {
                    return _listener != null;
                }
            }
        }

        /// <summary>The port actually bound (the configured one, or the one chosen for port 0); 0 before the first listen.</summary>
        public int LocalPort
        {
            get
            {
                lock (_sync)
                {
                    return _localPort;
                }
            }
        }

        /// <summary>Connections being served now.</summary>
        public int ActiveConnections
        {
            get
            {
                lock (_sync)
                {
                    return _connections.Count;
                }
            }
        }

        /// <summary>Connections accepted and served since construction.</summary>
        public int AcceptedConnections
        {
            get
            {
                lock (_sync)
                {
                    return _accepted;
                }
            }
        }

        /// <summary>Connections closed at once because <see cref="WrapperServerSettings.MaxConnections"/> were being served.</summary>
        public int RefusedConnections
        {
            get
            {
                lock (_sync)
                {
                    return _refused;
                }
            }
        }

        /// <summary>Binds and listens (nothing when already listening), also after <see cref="Stop"/>; throws the socket's error, e.g. when the port is taken.</summary>
        public void Start()
        {
            lock (_sync)
            {
                _stopped = false;
                Listen();
            }
        }

        /// <summary>
        /// One step of the accept loop: listens if not yet listening (unless stopped), waits up to
        /// <see cref="WrapperServerSettings.AcceptPollMilliseconds"/> for a client and serves or refuses
        /// it. Never throws: a listener that fails is closed and reopened on a later step.
        /// </summary>
        public void AcceptPending()
        {
            try
            {
                Socket listener = null;
                lock (_sync)
                {
                    if (!_stopped)
                    {
                        Listen();
                        listener = _listener;
                    }
                }

                if (listener == null)
                {
                    Thread.Sleep(_settings.AcceptPollMilliseconds);
                    return;
                }

                if (!listener.Poll(_settings.AcceptPollMilliseconds * 1000, SelectMode.SelectRead))
                {
                    return;
                }

                Admit(listener.Accept());
            }
            catch (Exception)
            {
                // Bind refused or the listener broke: start again after a pause, so a busy port does not spin the task.
                CloseListener();
                Thread.Sleep(_settings.AcceptPollMilliseconds);
            }
        }

        /// <summary>
        /// Stops listening and closes every connection (their sessions get Close as their threads end).
        /// The accept loop then idles until <see cref="Start"/>.
        /// </summary>
        public void Stop()
        {
            object[] open;
            lock (_sync)
            {
                _stopped = true;
                open = _connections.ToArray();
            }

            CloseListener();
            for (int i = 0; i < open.Length; i++)
            {
                ((WrapperConnection)open[i]).Abort();
            }
        }

        /// <summary>A connection's thread has ended: its slot is free again.</summary>
        internal void Release(WrapperConnection connection)
        {
            lock (_sync)
            {
                _connections.Remove(connection);
            }
        }

        // Opens the listening socket unless it is open; the caller holds the lock.
        private void Listen()
        {
            if (_listener != null)
            {
                return;
            }

            Socket listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                listener.Bind(new IPEndPoint(SocketIo.Resolve(_settings.ListenAddress), _settings.Port));
                listener.Listen(_settings.MaxConnections);
                _localPort = ((IPEndPoint)listener.LocalEndPoint).Port;
                _listener = listener;
            }
            finally
            {
                if (_listener != listener)
                {
                    listener.Close();
                }
            }
        }

        private void Admit(Socket client)
        {
            WrapperConnection connection = null;
            lock (_sync)
            {
                if (!_stopped && _connections.Count < _settings.MaxConnections)
                {
                    connection = new WrapperConnection(client, _factory, _settings, this);
                    _connections.Add(connection);
                    _accepted++;
                }
                else if (!_stopped)
                {
                    _refused++;
                }
            }

            if (connection == null)
            {
                client.Close();
                return;
            }

            try
            {
                Thread thread = new Thread(connection.Run);
                thread.Priority = Thread.CurrentThread.Priority;
#if !NANOFRAMEWORK_1_0
                thread.IsBackground = true;
#endif
                thread.Start();
            }
            catch (Exception)
            {
                connection.Abort();
                Release(connection);
                throw;
            }
        }

        private void CloseListener()
        {
            Socket listener;
            lock (_sync)
            {
                listener = _listener;
                _listener = null;
            }

            if (listener != null)
            {
                try
                {
                    listener.Close();
                }
                catch (Exception)
                {
                    // Already broken.
                }
            }
        }
    }
}
