namespace Meter.Dlms.Xdlms
{
    /// <summary>Outcome of decoding an xDLMS APDU; anything but <see cref="Ok"/> means the bytes were rejected.</summary>
    public enum XdlmsResult
    {
        /// <summary>One complete APDU was decoded and it filled the input exactly.</summary>
        Ok = 0,

        /// <summary>The input ends before the APDU does (also: a declared count exceeds what the bytes left can hold).</summary>
        Truncated = 1,

        /// <summary>The first byte is not the tag of an xDLMS APDU this codec knows.</summary>
        UnknownTag = 2,

        /// <summary>The tag is known but its request/response type (the CHOICE byte after it) is not one this codec implements.</summary>
        UnknownChoice = 3,

        /// <summary>The bytes break an encoding rule (a bad OPTIONAL flag, CHOICE index, Data tag, or length).</summary>
        Malformed = 4,

        /// <summary>A list count or a Data value exceeds the codec's limits.</summary>
        TooLarge = 5,

        /// <summary>Bytes follow the end of the APDU.</summary>
        TrailingBytes = 6,

        /// <summary>A valid Data alternative the A-XDR codec does not implement (compact-array).</summary>
        Unsupported = 7,
    }
}
