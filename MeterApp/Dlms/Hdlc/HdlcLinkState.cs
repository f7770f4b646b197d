namespace Meter.Dlms.Hdlc
{
    /// <summary>States of the HDLC secondary station (IEC 62056-46 6.4.4).</summary>
    public enum HdlcLinkState
    {
        /// <summary>NDM: normal disconnected mode; only SNRM opens the link.</summary>
        Disconnected = 0,

        /// <summary>NRM: normal response mode, data transfer.</summary>
        Connected,

        /// <summary>NRM after an FRMR: every command but SNRM and DISC gets the FRMR again.</summary>
        FrameRejected,
    }
}
