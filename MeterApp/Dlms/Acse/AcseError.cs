namespace Meter.Dlms.Acse
{
    /// <summary>Why an ACSE APDU (AARQ, AARE, RLRQ, RLRE) could not be decoded or encoded; the
    /// association layer turns a decode failure into the protocol's own answer (an AARE with a
    /// diagnostic, or dropping the connection).</summary>
    public enum AcseError
    {
        /// <summary>Success.</summary>
        None = 0,

        /// <summary>The APDU is incomplete: its header or declared length runs past the bytes given.</summary>
        Truncated,

        /// <summary>Indefinite length (0x80) or a long form other than 0x81/0x82 (X.690 8.1.3; the DLMS subset uses definite lengths only).</summary>
        UnsupportedLength,

        /// <summary>An inner TLV overruns its enclosing TLV, or does not fill it exactly.</summary>
        InnerLengthMismatch,

        /// <summary>A tag that is not allowed here (wrong APDU tag, not context-specific, wrong form or wrong CHOICE alternative).</summary>
        UnexpectedTag,

        /// <summary>Context tags not in ascending order, or a duplicate (SEQUENCE order, X.680 25).</summary>
        FieldOrder,

        /// <summary>A mandatory field is absent (application-context-name; in an AARE also result and result-source-diagnostic).</summary>
        MissingField,

        /// <summary>A field's value is malformed or out of range.</summary>
        BadValue,

        /// <summary>protocol-version without the version1 bit (ISO 8650-1: answer with no-common-acse-version).</summary>
        UnsupportedProtocolVersion,

        /// <summary>application-context-name is not 2.16.756.5.8.1.{1..4} (answer with application-context-name-not-supported).</summary>
        UnsupportedApplicationContext,

        /// <summary>mechanism-name is not 2.16.756.5.8.2.{0..7} (answer with authentication-mechanism-name-not-recognised).</summary>
        UnsupportedMechanismName,

        /// <summary>user-information is longer than the configured maximum.</summary>
        UserInformationTooLong,

        /// <summary>Bytes follow the APDU inside the buffer given.</summary>
        TrailingBytes,

        /// <summary>Encoding: the destination buffer is too small.</summary>
        BufferTooSmall,

        /// <summary>Encoding: a length exceeds what a 0x82 long form can carry (65535).</summary>
        ValueTooLong,
    }
}
