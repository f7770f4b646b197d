using System;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// Settings of the IEC 62056-47 wrapper TCP server: where it listens, how many connections it
    /// serves at once, and its bounds on PDU size and idle time. Immutable.
    /// </summary>
    public sealed class WrapperServerSettings
    {
        /// <summary>The IANA port of DLMS/COSEM over TCP (IEC 62056-47 / Green Book 10.3).</summary>
        public const int DefaultPort = 4059;

        /// <summary>
        /// A server on <paramref name="listenAddress"/> (dotted IPv4; "127.0.0.1" keeps it local) and
        /// <paramref name="port"/> (0: any free port, for tests), serving at most
        /// <paramref name="maxConnections"/> clients at once, refusing wrapper lengths above
        /// <paramref name="maxApduSize"/> before any session exists, dropping a connection idle for
        /// <paramref name="inactivityTimeoutMilliseconds"/>, and waiting at most
        /// <paramref name="acceptPollMilliseconds"/> per accept step (keep it below the task's heartbeat).
        /// </summary>
        public WrapperServerSettings(string listenAddress, int port, int maxConnections, int maxApduSize, int inactivityTimeoutMilliseconds, int acceptPollMilliseconds)
        {
            if (listenAddress == null)
            {
                throw new ArgumentNullException("listenAddress");
            }

            if (port < 0 || port > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("port");
            }

            if (maxConnections < 1)
            {
                throw new ArgumentOutOfRangeException("maxConnections");
            }

            if (maxApduSize < 1 || maxApduSize > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("maxApduSize");
            }

            // Socket.Poll takes microseconds in an int.
            if (inactivityTimeoutMilliseconds < 1 || acceptPollMilliseconds < 1 || acceptPollMilliseconds > 60000)
            {
                throw new ArgumentOutOfRangeException(inactivityTimeoutMilliseconds < 1 ? "inactivityTimeoutMilliseconds" : "acceptPollMilliseconds");
            }

            ListenAddress = listenAddress;
            Port = port;
            MaxConnections = maxConnections;
            MaxApduSize = maxApduSize;
            InactivityTimeoutMilliseconds = inactivityTimeoutMilliseconds;
            AcceptPollMilliseconds = acceptPollMilliseconds;
        }

        /// <summary>
        /// 127.0.0.1:4059, four clients, APDUs up to 2048 bytes, 180 s inactivity (what the
        /// inactivity_time_out of a TCP-UDP setup object, class 41, typically holds), 250 ms accept steps.
        /// </summary>
        public static WrapperServerSettings Default
        {
            get { return new WrapperServerSettings("127.0.0.1", DefaultPort, 4, 2048, 180000, 250); }
        }

        /// <summary>The local address to bind, dotted IPv4.</summary>
        public string ListenAddress { get; }

        /// <summary>The TCP port; 0 binds any free port (see <see cref="WrapperTcpServer.LocalPort"/>).</summary>
        public int Port { get; }

        /// <summary>Connections served at once; one more is accepted and closed at once.</summary>
        public int MaxConnections { get; }

        /// <summary>Largest wrapper length accepted before the session is open (the session's own maximum applies after).</summary>
        public int MaxApduSize { get; }

        /// <summary>A connection that sends nothing this long is closed.</summary>
        public int InactivityTimeoutMilliseconds { get; }

        /// <summary>The longest one accept step waits for a client.</summary>
        public int AcceptPollMilliseconds { get; }
    }
}
