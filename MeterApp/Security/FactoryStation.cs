using System;

namespace Meter.Security
{
    /// <summary>
    /// The factory's side of first-start provisioning (<see cref="DlmsKeys.Provision"/>): the
    /// identity it assigns the meter, the logical device and client SAP the shipped keys are for,
    /// and where the shipment file goes. Used only while the meter is unprovisioned.
    /// </summary>
    public sealed class FactoryStation
    {
        public FactoryStation(DlmsIdentity identity, int logicalDevice, int clientSap, IShipmentSink sink)
        {
            if (identity == null || sink == null)
            {
                throw new ArgumentNullException(identity == null ? "identity" : "sink");
            }

            if (logicalDevice < 1 || logicalDevice > ShipmentFile.MaxLogicalDevice)
            {
                throw new ArgumentOutOfRangeException("logicalDevice");
            }

            if (clientSap < 1 || clientSap > ShipmentFile.MaxClientSap)
            {
                throw new ArgumentOutOfRangeException("clientSap");
            }

            Identity = identity;
            LogicalDevice = logicalDevice;
            ClientSap = clientSap;
            Sink = sink;
        }

        /// <summary>The system title to give a meter that has none.</summary>
        public DlmsIdentity Identity { get; }

        /// <summary>The server SAP written in the shipment (1: the management logical device).</summary>
        public int LogicalDevice { get; }

        /// <summary>The client SAP written in the shipment (1: the management client).</summary>
        public int ClientSap { get; }

        public IShipmentSink Sink { get; }
    }
}
