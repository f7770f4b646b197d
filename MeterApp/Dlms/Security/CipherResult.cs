namespace Meter.Dlms.Security
{
    /// <summary>
    /// Outcome of protecting or unprotecting an xDLMS APDU; anything but <see cref="Ok"/> is a
    /// refusal. Each reason has its own value so the server can pick the standard answer
    /// (<see cref="SecurityFailure"/>) and log the right event.
    /// </summary>
    public enum CipherResult
    {
        /// <summary>The APDU was protected or unprotected.</summary>
        Ok = 0,

        /// <summary>The input ends before the APDU does (a declared length exceeds the bytes left).</summary>
        Truncated = 1,

        /// <summary>A length field is too large (more length octets than supported, or above the configured maximum APDU size).</summary>
        LengthOverflow = 2,

        /// <summary>The bytes break the encoding (non-shortest length, bytes after the APDU, a length shorter than SC, IC and tag, a system title not of 8 bytes).</summary>
        Malformed = 3,

        /// <summary>The tag is not a ciphered APDU this cipher handles (or the plain APDU has no ciphered form).</summary>
        UnknownTag = 4,

        /// <summary>The security control names a suite other than 0 (AES-GCM-128).</summary>
        UnsupportedSuite = 5,

        /// <summary>The security control asks for compression, which is not supported.</summary>
        CompressionUnsupported = 6,

        /// <summary>The security control selects the broadcast key, which this context does not accept.</summary>
        BroadcastNotAllowed = 7,

        /// <summary>The security control asks for neither authentication nor encryption.</summary>
        NotProtected = 8,

        /// <summary>The key the APDU needs (dedicated key) is not established in this context.</summary>
        KeyUnavailable = 9,

        /// <summary>The peer's system title is not known yet, or a general-glo-ciphering APDU carries another one.</summary>
        SystemTitleMismatch = 10,

        /// <summary>The invocation counter is not greater than the last one accepted (a replay or an older APDU).</summary>
        InvocationCounterReplayed = 11,

        /// <summary>The authentication tag does not verify (forged or altered APDU, or wrong keys).</summary>
        AuthenticationFailed = 12,

        /// <summary>The deciphered APDU is not of the kind its ciphered tag announces (e.g. glo-get-request holding no get-request).</summary>
        PlaintextMismatch = 13,

        /// <summary>The output buffer is too small for the result.</summary>
        OutputTooSmall = 14,

        /// <summary>An encryption-only APDU (no tag) where the context requires authentication.</summary>
        NotAuthenticated = 15,
    }
}
