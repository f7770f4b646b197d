namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Reason bits of the FRMR information field, third octet (ISO/IEC 13239 5.5.3.4.2 as used by
    /// IEC 62056-46 6.4.3.10). Values combine.
    /// </summary>
    public static class HdlcRejectReason
    {
        /// <summary>W: the control field is undefined or not implemented.</summary>
        public const int InvalidControl = 0x01;

        /// <summary>X: an information field came with a frame that does not allow one (sent with W).</summary>
        public const int InformationNotPermitted = 0x02;

        /// <summary>Y: the information field exceeded the negotiated maximum (or the receive buffer).</summary>
        public const int InformationTooLong = 0x04;

        /// <summary>Z: N(R) acknowledges a frame that was never sent.</summary>
        public const int InvalidReceiveSequence = 0x08;

        /// <summary>Bytes in the FRMR information field.</summary>
        public const int InfoLength = 3;

        /// <summary>
        /// Writes the FRMR information field: the rejected control byte, the station's V(S) and V(R)
        /// (with the C/R bit clear: the rejected frame was a command), then the reason bits.
        /// </summary>
        public static int Write(byte[] buffer, int offset, byte rejectedControl, int sendState, int receiveState, int reasons)
        {
            buffer[offset] = rejectedControl;
            buffer[offset + 1] = (byte)(((receiveState & 7) << 5) | ((sendState & 7) << 1));
            buffer[offset + 2] = (byte)reasons;
            return InfoLength;
        }
    }
}
