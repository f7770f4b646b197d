namespace Meter.Dlms.Hdlc
{
    /// <summary>What <see cref="HdlcFramer.Push"/> stopped at.</summary>
    public enum HdlcFramerResult
    {
        /// <summary>All input consumed; no whole frame yet.</summary>
        NeedMore = 0,

        /// <summary>A flag-delimited frame is in the framer's buffer (not yet checked: decode it).</summary>
        Frame,

        /// <summary>A frame header declared a frame larger than the buffer; its bytes are being discarded.</summary>
        Oversize,
    }
}
