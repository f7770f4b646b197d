namespace Meter.Dlms.Transport
{
    /// <summary>
    /// The client side of a connected DLMS transport (IEC 62056-47 wrapper over TCP, or an
    /// IEC 62056-46 HDLC link after SNRM/UA): carries whole APDUs, hiding framing and segmentation.
    /// Used by the DLMS client (PC reader, push client task).
    /// </summary>
    public interface IApduTransport
    {
        /// <summary>Largest APDU the transport carries in one <see cref="Send"/> or <see cref="Receive"/>.</summary>
        int MaxApduSize { get; }

        /// <summary>Sends one APDU; false when the connection is gone.</summary>
        bool Send(byte[] apdu, int offset, int count);

        /// <summary>
        /// Waits up to <paramref name="timeoutMilliseconds"/> for the next APDU and copies it to
        /// buffer[offset ..]; returns its length, or -1 on timeout, a closed connection, or an APDU
        /// longer than <paramref name="count"/> (the transport never writes past it).
        /// </summary>
        int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds);

        /// <summary>Ends the connection (HDLC: DISC/UA; wrapper: closes the socket). Safe to call twice.</summary>
        void Close();
    }
}
