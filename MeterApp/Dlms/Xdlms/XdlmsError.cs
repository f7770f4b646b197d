namespace Meter.Dlms.Xdlms
{
    /// <summary>Why an xDLMS initiate APDU (InitiateRequest, InitiateResponse, ConfirmedServiceError)
    /// could not be decoded or encoded.</summary>
    public enum XdlmsError
    {
        /// <summary>Success.</summary>
        None = 0,

        /// <summary>The APDU ends before its last field.</summary>
        Truncated,

        /// <summary>Wrong APDU tag, or a wrong tag inside (the conformance block must be 5F 1F 04 00).</summary>
        UnexpectedTag,

        /// <summary>A field is malformed or out of range (e.g. a dedicated key that is not 16 or 32 octets).</summary>
        BadValue,

        /// <summary>Bytes follow the APDU inside the buffer given.</summary>
        TrailingBytes,

        /// <summary>Encoding: the destination buffer is too small.</summary>
        BufferTooSmall,
    }
}
