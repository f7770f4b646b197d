using Meter.Dlms.Transport;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Opens the connection a push travels on (e.g. the IEC 62056-47 wrapper over TCP to the
    /// head-end, <see cref="PushDestination"/> parsing "host:port"). Its connect and send timeouts
    /// must stay well under <see cref="PushTask.HeartbeatTimeout"/>.
    /// </summary>
    public interface IPushTransportFactory
    {
        /// <summary>A connected transport to <paramref name="destination"/> (the push setup's send_destination), or null when it cannot connect. May throw; the push client counts a failed attempt.</summary>
        IApduTransport Connect(string destination);
    }
}
