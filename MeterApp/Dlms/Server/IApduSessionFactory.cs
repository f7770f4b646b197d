namespace Meter.Dlms.Server
{
    /// <summary>Opens an application-layer session for a new transport connection.</summary>
    public interface IApduSessionFactory
    {
        /// <summary>
        /// A session for client <paramref name="clientSap"/> talking to logical device
        /// <paramref name="serverSap"/> (wrapper wPorts, or HDLC client address and server upper
        /// address); null when no association is possible for that pair (the transport then refuses
        /// the connection: HDLC answers DM, the wrapper closes).
        /// </summary>
        IApduSession Open(ushort clientSap, ushort serverSap);
    }
}
