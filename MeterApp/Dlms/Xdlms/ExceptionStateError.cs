namespace Meter.Dlms.Xdlms
{
    /// <summary>state-error of ExceptionResponse (Green Book ed. 9, 9.5).</summary>
    public enum ExceptionStateError : byte
    {
        /// <summary>service-not-allowed (1): the service is not allowed in the current state of the association.</summary>
        ServiceNotAllowed = 1,

        /// <summary>service-unknown (2): the APDU is not a service the server knows.</summary>
        ServiceUnknown = 2,
    }
}
