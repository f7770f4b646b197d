namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// HDLC parameter negotiation (IEC 62056-46 6.4.4.4.3.2): each side states the values from its
    /// own point of view (what it transmits, what it receives); a parameter absent from the SNRM
    /// takes its default (128 bytes, window 1), and the answer never exceeds either the proposal
    /// or the answering station's own limits.
    /// </summary>
    public static class HdlcNegotiation
    {
        /// <summary>
        /// The secondary's side: <paramref name="proposal"/> is the SNRM field (the client's view),
        /// <paramref name="limits"/> the server's own limits (the server's view); writes the server's
        /// negotiated values (the UA field, the server's view) into <paramref name="result"/>.
        /// </summary>
        public static void Answer(HdlcParameters proposal, HdlcParameters limits, HdlcParameters result)
        {
            result.MaxInfoTransmit = Min(proposal.MaxInfoReceive, limits.MaxInfoTransmit);
            result.MaxInfoReceive = Min(proposal.MaxInfoTransmit, limits.MaxInfoReceive);
            result.WindowTransmit = Min(proposal.WindowReceive, limits.WindowTransmit);
            result.WindowReceive = Min(proposal.WindowTransmit, limits.WindowReceive);
        }

        /// <summary>
        /// The primary's side: <paramref name="answer"/> is the UA field (the server's view),
        /// <paramref name="proposal"/> what the client asked for (its view); writes the values the
        /// client uses (its view) into <paramref name="result"/>, never above its own proposal.
        /// </summary>
        public static void Accept(HdlcParameters answer, HdlcParameters proposal, HdlcParameters result)
        {
            result.MaxInfoTransmit = Min(answer.MaxInfoReceive, proposal.MaxInfoTransmit);
            result.MaxInfoReceive = Min(answer.MaxInfoTransmit, proposal.MaxInfoReceive);
            result.WindowTransmit = Min(answer.WindowReceive, proposal.WindowTransmit);
            result.WindowReceive = Min(answer.WindowTransmit, proposal.WindowReceive);
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
