using System;
using Meter.Runtime;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// The wrapper server's accept loop as a supervised task at DLMS priority: each step waits for
    /// one client at most <see cref="WrapperServerSettings.AcceptPollMilliseconds"/> (well inside the
    /// heartbeat) and never throws. Connections run on their own threads, outside the step. Not
    /// critical: a hung accept loop must not starve the watchdog. The owner calls
    /// <see cref="WrapperTcpServer.Stop"/> after the supervisor stops, to close the listener and the connections.
    /// </summary>
    public sealed class WrapperServerTask : MeterTask
    {
        /// <summary>Heartbeat timeout; the accept poll must stay well below it.</summary>
        public const int HeartbeatTimeout = 10000;

        private readonly WrapperTcpServer _server;

        /// <summary>Runs the accept loop of <paramref name="server"/>.</summary>
        public WrapperServerTask(WrapperTcpServer server)
            : base("dlms-tcp", TaskPriority.Dlms, false, HeartbeatTimeout, 1, MailboxOverflow.DropOldest)
        {
            if (server == null)
            {
                throw new ArgumentNullException("server");
            }

            if (server.Settings.AcceptPollMilliseconds * 2 > HeartbeatTimeout)
            {
                throw new ArgumentException("the accept poll must stay below half the heartbeat timeout");
            }

            _server = server;
        }

        /// <summary>The server whose accept loop this is.</summary>
        public WrapperTcpServer Server
        {
            get { return _server; }
        }

        protected internal override void Step(TaskContext context)
        {
            _server.AcceptPending();
        }
    }
}
