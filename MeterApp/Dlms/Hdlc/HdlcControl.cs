namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// The HDLC control field (IEC 62056-46 6.4, one byte, modulo 8): I frames carry N(S) in bits 1-3,
    /// P/F in bit 4 and N(R) in bits 5-7; S frames end in 01, U frames in 11.
    /// </summary>
    public static class HdlcControl
    {
        /// <summary>The poll/final bit.</summary>
        public const int PollFinalBit = 0x10;

        private const int ReceiveReadyBase = 0x01;
        private const int ReceiveNotReadyBase = 0x05;
        private const int SnrmBase = 0x83;
        private const int DiscBase = 0x43;
        private const int UaBase = 0x63;
        private const int DmBase = 0x0F;
        private const int FrmrBase = 0x87;
        private const int UiBase = 0x03;

        /// <summary>The control byte of an I frame.</summary>
        public static byte Information(int sendSequence, int receiveSequence, bool pollFinal)
        {
            return (byte)(((receiveSequence & 7) << 5) | (pollFinal ? PollFinalBit : 0) | ((sendSequence & 7) << 1));
        }

        /// <summary>The control byte of an RR (<paramref name="ready"/>) or RNR frame.</summary>
        public static byte Supervisory(bool ready, int receiveSequence, bool pollFinal)
        {
            return (byte)(((receiveSequence & 7) << 5) | (pollFinal ? PollFinalBit : 0)
                | (ready ? ReceiveReadyBase : ReceiveNotReadyBase));
        }

        /// <summary>
        /// The control byte of a U frame of <paramref name="kind"/>, or 0 when the kind is not a U frame
        /// (0 is an I frame's control byte, never a U frame's).
        /// </summary>
        public static byte Unnumbered(HdlcControlKind kind, bool pollFinal)
        {
            int pf = pollFinal ? PollFinalBit : 0;
            switch (kind)
            {
                case HdlcControlKind.SetNormalResponseMode: return (byte)(SnrmBase | pf);
                case HdlcControlKind.Disconnect: return (byte)(DiscBase | pf);
                case HdlcControlKind.UnnumberedAcknowledge: return (byte)(UaBase | pf);
                case HdlcControlKind.DisconnectedMode: return (byte)(DmBase | pf);
                case HdlcControlKind.FrameReject: return (byte)(FrmrBase | pf);
                case HdlcControlKind.UnnumberedInformation: return (byte)(UiBase | pf);
                default: return 0;
            }
        }

        /// <summary>The frame type a control byte encodes, or Unknown.</summary>
        public static HdlcControlKind KindOf(byte control)
        {
            if ((control & 0x01) == 0)
            {
                return HdlcControlKind.Information;
            }

            if ((control & 0x03) == 0x01)
            {
                switch (control & 0x0F)
                {
                    case ReceiveReadyBase: return HdlcControlKind.ReceiveReady;
                    case ReceiveNotReadyBase: return HdlcControlKind.ReceiveNotReady;
                    default: return HdlcControlKind.Unknown; // REJ and SREJ are not used by 62056-46
                }
            }

            switch (control & ~PollFinalBit & 0xFF)
            {
                case SnrmBase: return HdlcControlKind.SetNormalResponseMode;
                case DiscBase: return HdlcControlKind.Disconnect;
                case UaBase: return HdlcControlKind.UnnumberedAcknowledge;
                case DmBase: return HdlcControlKind.DisconnectedMode;
                case FrmrBase: return HdlcControlKind.FrameReject;
                case UiBase: return HdlcControlKind.UnnumberedInformation;
                default: return HdlcControlKind.Unknown;
            }
        }

        /// <summary>N(S) of an I frame.</summary>
        public static int SendSequenceOf(byte control)
        {
            return (control >> 1) & 7;
        }

        /// <summary>N(R) of an I, RR or RNR frame.</summary>
        public static int ReceiveSequenceOf(byte control)
        {
            return (control >> 5) & 7;
        }

        /// <summary>The poll/final bit.</summary>
        public static bool PollFinalOf(byte control)
        {
            return (control & PollFinalBit) != 0;
        }
    }
}
