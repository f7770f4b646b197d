namespace Meter.Dlms.Acse
{
    /// <summary>acse-service-provider diagnostic values (ISO 8650-1).</summary>
    public enum AcseServiceProviderDiagnostic
    {
        /// <summary>null (0).</summary>
        Null = 0,

        /// <summary>no-reason-given (1).</summary>
        NoReasonGiven = 1,

        /// <summary>no-common-acse-version (2).</summary>
        NoCommonAcseVersion = 2,
    }
}
