namespace Meter.Dlms.Axdr
{
    /// <summary>Outcome of an A-XDR decode; anything but <see cref="Ok"/> means the input was rejected.</summary>
    public enum AxdrResult
    {
        /// <summary>One complete value was decoded.</summary>
        Ok = 0,

        /// <summary>The input ends before the value does (a declared length or count exceeds the bytes left).</summary>
        Truncated = 1,

        /// <summary>The tag is not one of the Data CHOICE alternatives.</summary>
        UnknownTag = 2,

        /// <summary>Arrays and structures are nested deeper than the decoder's limit.</summary>
        TooDeep = 3,

        /// <summary>A length field or an element count exceeds the decoder's limits.</summary>
        TooLarge = 4,

        /// <summary>The bytes break an encoding rule (e.g. the forbidden length prefix 0x80).</summary>
        Malformed = 5,

        /// <summary>A valid Data alternative this codec does not implement (compact-array).</summary>
        Unsupported = 6,
    }
}
