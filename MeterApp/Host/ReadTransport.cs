namespace Meter.Host
{
    /// <summary>How `meter read` reaches the meter.</summary>
    internal enum ReadTransport
    {
        /// <summary>IEC 62056-47 wrapper over TCP (port 4059).</summary>
        Wrapper,

        /// <summary>IEC 62056-46 HDLC over a TCP byte stream to a serial line (the virtual meter's bridge, port 4061).</summary>
        Hdlc,
    }
}
