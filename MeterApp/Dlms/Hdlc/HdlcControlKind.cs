namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// The HDLC frame types DLMS uses (IEC 62056-46 6.4, control field): I, the S frames RR/RNR, and
    /// the U frames SNRM, DISC, UA, DM, FRMR, UI.
    /// </summary>
    public enum HdlcControlKind
    {
        /// <summary>Control byte not one of the frame types IEC 62056-46 allows.</summary>
        Unknown = 0,

        /// <summary>I frame: information with N(S) and N(R).</summary>
        Information,

        /// <summary>RR: receive ready, acknowledges up to N(R) - 1.</summary>
        ReceiveReady,

        /// <summary>RNR: receive not ready.</summary>
        ReceiveNotReady,

        /// <summary>SNRM: set normal response mode (connect).</summary>
        SetNormalResponseMode,

        /// <summary>DISC: disconnect.</summary>
        Disconnect,

        /// <summary>UA: unnumbered acknowledge.</summary>
        UnnumberedAcknowledge,

        /// <summary>DM: disconnected mode.</summary>
        DisconnectedMode,

        /// <summary>FRMR: frame reject.</summary>
        FrameReject,

        /// <summary>UI: unnumbered information.</summary>
        UnnumberedInformation,
    }
}
