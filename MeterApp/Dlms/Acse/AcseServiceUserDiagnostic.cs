namespace Meter.Dlms.Acse
{
    /// <summary>acse-service-user diagnostic values (ISO 8650-1 Associate-source-diagnostic, as
    /// listed in Green Book 9.4.2 and used by the Green Book AARE examples: 14 answers an HLS AARQ).</summary>
    public enum AcseServiceUserDiagnostic
    {
        /// <summary>null (0).</summary>
        Null = 0,

        /// <summary>no-reason-given (1).</summary>
        NoReasonGiven = 1,

        /// <summary>application-context-name-not-supported (2).</summary>
        ApplicationContextNameNotSupported = 2,

        /// <summary>calling-AP-title-not-recognized (3).</summary>
        CallingApTitleNotRecognized = 3,

        /// <summary>calling-AP-invocation-identifier-not-recognized (4).</summary>
        CallingApInvocationIdentifierNotRecognized = 4,

        /// <summary>calling-AE-qualifier-not-recognized (5).</summary>
        CallingAeQualifierNotRecognized = 5,

        /// <summary>calling-AE-invocation-identifier-not-recognized (6).</summary>
        CallingAeInvocationIdentifierNotRecognized = 6,

        /// <summary>called-AP-title-not-recognized (7).</summary>
        CalledApTitleNotRecognized = 7,

        /// <summary>called-AP-invocation-identifier-not-recognized (8).</summary>
        CalledApInvocationIdentifierNotRecognized = 8,

        /// <summary>called-AE-qualifier-not-recognized (9).</summary>
        CalledAeQualifierNotRecognized = 9,

        /// <summary>called-AE-invocation-identifier-not-recognized (10).</summary>
        CalledAeInvocationIdentifierNotRecognized = 10,

        /// <summary>authentication-mechanism-name-not-recognised (11).</summary>
        AuthenticationMechanismNameNotRecognised = 11,

        /// <summary>authentication-mechanism-name-required (12).</summary>
        AuthenticationMechanismNameRequired = 12,

        /// <summary>authentication-failure (13).</summary>
        AuthenticationFailure = 13,

        /// <summary>authentication-required (14).</summary>
        AuthenticationRequired = 14,
    }
}
