namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// A parsed view of one HDLC frame, filled by <see cref="HdlcFrameDecoder"/>. It copies no payload:
    /// the information field is <see cref="InfoLength"/> bytes at <see cref="InfoOffset"/> in the
    /// decoded buffer. Reuse one instance per link to keep decoding allocation-free.
    /// </summary>
    public sealed class HdlcFrame
    {
        /// <summary>The destination address field.</summary>
        public HdlcAddress Destination;

        /// <summary>The source address field.</summary>
        public HdlcAddress Source;

        /// <summary>The raw control byte.</summary>
        public byte Control;

        /// <summary>The frame type.</summary>
        public HdlcControlKind Kind;

        /// <summary>N(S); meaningful for I frames.</summary>
        public int SendSequence;

        /// <summary>N(R); meaningful for I, RR and RNR frames.</summary>
        public int ReceiveSequence;

        /// <summary>The poll/final bit.</summary>
        public bool PollFinal;

        /// <summary>The segmentation bit S of the format field: more segments follow.</summary>
        public bool Segmented;

        /// <summary>Offset of the information field in the decoded buffer.</summary>
        public int InfoOffset;

        /// <summary>Length of the information field; 0 when the frame has none (and no HCS).</summary>
        public int InfoLength;

        /// <summary>Bytes the frame takes, flags included (the 11-bit length + 2).</summary>
        public int FrameSize;
    }
}
