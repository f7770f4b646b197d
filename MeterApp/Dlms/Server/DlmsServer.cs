using System;
using Meter.Events;
using Meter.Hal.Crypto;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The meter's DLMS/COSEM server application layer (IEC 62056-5-3): one management logical
    /// device (server SAP 1) and an <see cref="AssociationPolicy"/> per client SAP (16 public, 1
    /// management, or whatever the meter configures). <see cref="Open"/> gives each transport
    /// connection its own isolated session; a client SAP without a policy gets none.
    /// </summary>
    public sealed class DlmsServer : IApduSessionFactory
    {
        /// <summary>Server SAP of the management logical device.</summary>
        public const ushort ManagementLogicalDevice = 1;

        private readonly object _sync = new object();
        private readonly IRandomSource _random;
        private readonly IEventRecorder _events;
        private AssociationPolicy[] _policies = new AssociationPolicy[0];

        /// <summary>
        /// A server drawing HLS challenges from <paramref name="random"/> (shared by the sessions,
        /// which lock it) and recording security events in <paramref name="events"/>.
        /// </summary>
        public DlmsServer(IRandomSource random, IEventRecorder events)
        {
            if (random == null || events == null)
            {
                throw new ArgumentNullException(random == null ? "random" : "events");
            }

            _random = random;
            _events = events;
            Settings = new DlmsServerSettings();
            Statistics = new DlmsServerStatistics();
        }

        /// <summary>Sizes used by sessions opened from now on.</summary>
        public DlmsServerSettings Settings { get; }

        /// <summary>What all sessions refused or survived.</summary>
        public DlmsServerStatistics Statistics { get; }

        /// <summary>Serves <paramref name="policy"/>'s client SAP; a second policy for the same SAP is refused.</summary>
        public void AddPolicy(AssociationPolicy policy)
        {
            if (policy == null)
            {
                throw new ArgumentNullException("policy");
            }

            lock (_sync)
            {
                if (Find(policy.ClientSap) != null)
                {
                    throw new ArgumentException("client SAP already has a policy", "policy");
                }

                AssociationPolicy[] policies = new AssociationPolicy[_policies.Length + 1];
                Array.Copy(_policies, policies, _policies.Length);
                policies[_policies.Length] = policy;
                _policies = policies;
            }
        }

        /// <inheritdoc/>
        public IApduSession Open(ushort clientSap, ushort serverSap)
        {
            if (serverSap != ManagementLogicalDevice)
            {
                return null;
            }

            AssociationPolicy policy;
            lock (_sync)
            {
                policy = Find(clientSap);
            }

            return policy == null ? null : new ApduSession(policy, serverSap, Settings, _random, _events, Statistics);
        }

        private AssociationPolicy Find(ushort clientSap)
        {
            for (int i = 0; i < _policies.Length; i++)
            {
                if (_policies[i].ClientSap == clientSap)
                {
                    return _policies[i];
                }
            }

            return null;
        }
    }
}
