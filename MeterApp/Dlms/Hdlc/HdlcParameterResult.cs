namespace Meter.Dlms.Hdlc
{
    /// <summary>Outcome of parsing an SNRM/UA parameter negotiation field.</summary>
    public enum HdlcParameterResult
    {
        /// <summary>Parsed; absent parameters hold their defaults.</summary>
        Ok = 0,

        /// <summary>The format identifier is not 0x81.</summary>
        BadFormat,

        /// <summary>The group identifier is not 0x80.</summary>
        BadGroup,

        /// <summary>A group or parameter length disagrees with the bytes present.</summary>
        BadLength,

        /// <summary>A value is 0 or more than 4 bytes long, or outside its bounds.</summary>
        BadValue,
    }
}
