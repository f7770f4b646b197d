using System;
using Meter.Dlms.Transport;
using Meter.Security;

namespace Meter.Boot
{
    /// <summary>
    /// Where the meter's DLMS server listens and how it is provisioned. Loopback by default: a
    /// meter exposes its TCP port to a network only when its configuration says so.
    /// </summary>
    public sealed class DlmsOptions
    {
        /// <summary>The address a meter listens on unless configured otherwise.</summary>
        public const string LoopbackAddress = "127.0.0.1";

        /// <summary>
        /// Listens on <paramref name="listenAddress"/>:<paramref name="wrapperPort"/> (0: any free
        /// port); <paramref name="shipment"/> receives the head-end's key copy when the meter
        /// provisions itself at first start, or is null where no factory station is attached (a
        /// device in the field stays unprovisioned until one is).
        /// </summary>
        public DlmsOptions(string listenAddress, int wrapperPort, IShipmentSink shipment)
        {
            if (listenAddress == null)
            {
                throw new ArgumentNullException("listenAddress");
            }

            if (wrapperPort < 0 || wrapperPort > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("wrapperPort");
            }

            ListenAddress = listenAddress;
            WrapperPort = wrapperPort;
            Shipment = shipment;
        }

        /// <summary>127.0.0.1:4059, no factory station.</summary>
        public static DlmsOptions Default
        {
            get { return new DlmsOptions(LoopbackAddress, WrapperServerSettings.DefaultPort, null); }
        }

        /// <summary>Dotted IPv4 address of the wrapper server (and the virtual board's serial bridge).</summary>
        public string ListenAddress { get; }

        /// <summary>TCP port of the IEC 62056-47 wrapper server; 0 picks a free one.</summary>
        public int WrapperPort { get; }

        /// <summary>Where a first start delivers the shipment file; null: no provisioning here.</summary>
        public IShipmentSink Shipment { get; }

        /// <summary>The wrapper server's settings: defaults but for address and port.</summary>
        public WrapperServerSettings WrapperSettings()
        {
            WrapperServerSettings d = WrapperServerSettings.Default;
            return new WrapperServerSettings(ListenAddress, WrapperPort, d.MaxConnections, d.MaxApduSize, d.InactivityTimeoutMilliseconds, d.AcceptPollMilliseconds);
        }
    }
}
