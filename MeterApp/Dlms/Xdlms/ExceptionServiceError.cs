namespace Meter.Dlms.Xdlms
{
    /// <summary>service-error CHOICE of ExceptionResponse (Green Book ed. 9, 9.5); only invocation-counter-error carries a value.</summary>
    public enum ExceptionServiceError : byte
    {
        /// <summary>operation-not-possible [1].</summary>
        OperationNotPossible = 1,

        /// <summary>service-not-supported [2].</summary>
        ServiceNotSupported = 2,

        /// <summary>other-reason [3].</summary>
        OtherReason = 3,

        /// <summary>pdu-too-long [4].</summary>
        PduTooLong = 4,

        /// <summary>deciphering-error [5].</summary>
        DecipheringError = 5,

        /// <summary>invocation-counter-error [6], followed by the expected invocation counter (Unsigned32).</summary>
        InvocationCounterError = 6,
    }
}
