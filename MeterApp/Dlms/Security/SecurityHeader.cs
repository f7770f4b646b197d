namespace Meter.Dlms.Security
{
    /// <summary>
    /// What <see cref="ApduCipher.Unprotect"/> read from a ciphered APDU's header, for the server's
    /// policy checks, its reply (same tag family and protection) and its event log. Caller-owned and
    /// reused, so unprotecting allocates nothing. Fields are set as far as parsing got.
    /// </summary>
    public sealed class SecurityHeader
    {
        /// <summary>The ciphered APDU's tag (glo-*, ded-* or general-glo-ciphering).</summary>
        public byte Tag { get; internal set; }

        /// <summary>The security control byte.</summary>
        public byte SecurityControl { get; internal set; }

        /// <summary>The sender's invocation counter.</summary>
        public uint InvocationCounter { get; internal set; }

        /// <summary>Offset in the input of the system title a general-glo-ciphering APDU carries; -1 for glo/ded APDUs.</summary>
        public int SystemTitleOffset { get; internal set; }

        /// <summary>Length of the plain APDU written to the output (0 unless the result is Ok).</summary>
        public int PlaintextLength { get; internal set; }

        /// <summary>True for a ded-* APDU (protected with the dedicated key).</summary>
        public bool IsDedicated
        {
            get { return CipheredTag.IsDedicated(Tag); }
        }

        /// <summary>True for general-glo-ciphering.</summary>
        public bool IsGeneral
        {
            get { return Tag == CipheredTag.GeneralGloCiphering; }
        }

        internal void Reset()
        {
            Tag = 0;
            SecurityControl = 0;
            InvocationCounter = 0;
            SystemTitleOffset = -1;
            PlaintextLength = 0;
        }
    }
}
