namespace Meter.Dlms.Wrapper
{
    /// <summary>Outcome of parsing a wrapper header or framing a wrapper PDU (IEC 62056-47).</summary>
    public enum WrapperResult
    {
        /// <summary>A whole header (or, from the framer, a whole PDU).</summary>
        Ok = 0,

        /// <summary>More bytes are needed.</summary>
        Truncated,

        /// <summary>The version field is not 0x0001: the peer does not speak the wrapper.</summary>
        BadVersion,

        /// <summary>The length field is 0: a PDU carries one APDU.</summary>
        BadLength,

        /// <summary>The length field exceeds the configured maximum APDU length: drop the connection.</summary>
        Oversize,
    }
}
