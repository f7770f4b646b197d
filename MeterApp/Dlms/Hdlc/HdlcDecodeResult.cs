namespace Meter.Dlms.Hdlc
{
    /// <summary>Outcome of decoding one HDLC frame (IEC 62056-46 frame format type 3).</summary>
    public enum HdlcDecodeResult
    {
        /// <summary>A valid frame.</summary>
        Ok = 0,

        /// <summary>Fewer bytes than the frame needs so far (every prefix of a valid frame).</summary>
        Truncated,

        /// <summary>Opening or closing byte is not the 0x7E flag.</summary>
        BadFlag,

        /// <summary>Frame format type is not 0xA (type 3).</summary>
        BadFormat,

        /// <summary>The length field is too small for the fields it must hold.</summary>
        BadLength,

        /// <summary>An address field breaks the extension-bit rule or is not 1, 2 or 4 bytes.</summary>
        BadAddress,

        /// <summary>The control byte is not a frame type IEC 62056-46 uses.</summary>
        BadControl,

        /// <summary>Header check sequence mismatch.</summary>
        BadHcs,

        /// <summary>Frame check sequence mismatch.</summary>
        BadFcs,
    }
}
