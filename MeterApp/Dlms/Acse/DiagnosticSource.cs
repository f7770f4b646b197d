namespace Meter.Dlms.Acse
{
    /// <summary>Which CHOICE of Associate-source-diagnostic an AARE carries (ISO 8650-1).</summary>
    public enum DiagnosticSource
    {
        /// <summary>acse-service-user [1]: values of <see cref="AcseServiceUserDiagnostic"/>.</summary>
        ServiceUser = 1,

        /// <summary>acse-service-provider [2]: values of <see cref="AcseServiceProviderDiagnostic"/>.</summary>
        ServiceProvider = 2,
    }
}
