namespace Meter.Dlms.Xdlms
{
    /// <summary>ServiceError initiate [6] values (Green Book 9.5, ConfirmedServiceError), answered
    /// when the xDLMS InitiateRequest cannot be accepted.</summary>
    public enum InitiateError
    {
        /// <summary>other (0).</summary>
        Other = 0,

        /// <summary>dlms-version-too-low (1).</summary>
        DlmsVersionTooLow = 1,

        /// <summary>incompatible-conformance (2).</summary>
        IncompatibleConformance = 2,

        /// <summary>pdu-size-too-short (3).</summary>
        PduSizeTooShort = 3,

        /// <summary>refused-by-the-VDE-Handler (4).</summary>
        RefusedByTheVdeHandler = 4,
    }
}
