using Meter.Dlms.Transport;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Connects pushes over the IEC 62056-47 wrapper on TCP to a send_destination "host:port":
    /// from the management logical device (wPort 1) to the head-end's push listener.
    /// </summary>
    public sealed class WrapperPushTransports : IPushTransportFactory
    {
        /// <summary>Our wPort: the management logical device.</summary>
        public const ushort SourceWPort = 1;

        /// <summary>The head-end's push listener wPort (the IDIS pre-established push client SAP, 0x66; unverified against the IDIS text).</summary>
        public const ushort PushListenerWPort = 0x66;

        private readonly int _maxApduSize;

        /// <summary>Transports carrying APDUs of up to <paramref name="maxApduSize"/> bytes.</summary>
        public WrapperPushTransports(int maxApduSize)
        {
            _maxApduSize = maxApduSize;
        }

        /// <inheritdoc />
        public IApduTransport Connect(string destination)
        {
            string host;
            int port;
            if (!PushDestination.TryParse(destination, out host, out port))
            {
                return null;
            }

            return new WrapperClientTransport(host, port, SourceWPort, PushListenerWPort, _maxApduSize);
        }
    }
}
