namespace Meter.Dlms.Server
{
    /// <summary>
    /// The application layer of one transport connection (IEC 62056-5-3): the wrapper TCP server
    /// and the HDLC link hand it each complete APDU and send back what it writes. One association
    /// at a time per session; a session outlives a release (a new AARQ may follow an RLRQ) and
    /// ends with <see cref="Close"/> when the connection does.
    /// </summary>
    public interface IApduSession
    {
        /// <summary>Largest APDU this session accepts and sends (the transport sizes its buffers with it).</summary>
        int MaxApduSize { get; }

        /// <summary>
        /// Serves one APDU (request[offset .. offset + count)) and writes the reply into
        /// response[responseOffset ..]; returns the reply length, or 0 when nothing is to be sent
        /// (an unconfirmed service, or an APDU that gets no answer). Never throws on client bytes.
        /// </summary>
        int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount);

        /// <summary>The connection is gone: the association, if any, ends without RLRQ.</summary>
        void Close();
    }
}
