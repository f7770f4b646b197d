namespace Meter.Dlms.Hdlc
{
    /// <summary>What <see cref="HdlcFrameChannel.Poll"/> found.</summary>
    public enum HdlcChannelResult
    {
        /// <summary>No valid frame within the wait.</summary>
        None = 0,

        /// <summary>A valid frame is in <see cref="HdlcFrameChannel.Frame"/>.</summary>
        Frame,

        /// <summary>
        /// A frame with good HCS/FCS but a control byte 62056-46 does not use: its addresses are in
        /// <see cref="HdlcFrameChannel.Frame"/> and its control byte in <see cref="HdlcFrameChannel.RejectedControl"/>.
        /// </summary>
        InvalidControl,
    }
}
