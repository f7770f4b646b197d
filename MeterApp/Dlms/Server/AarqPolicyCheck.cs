using Meter.Dlms.Acse;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The ACSE fields of an AARQ against a client's <see cref="AssociationPolicy"/> (Green Book
    /// ed. 9, 9.3.2 and 9.4.2.2): the diagnostic names the first field at fault, in the order a
    /// client must fix them: application context, mechanism, authentication requirement,
    /// mechanism presence, challenge, calling-AP-title (needed for ciphering and HLS-GMAC).
    /// </summary>
    internal static class AarqPolicyCheck
    {
        /// <summary>The acse-service-user diagnostic for the fields of <paramref name="aarq"/> under <paramref name="policy"/>; Null when they pass.</summary>
        public static int Diagnose(AssociationPolicy policy, Aarq aarq)
        {
            if (aarq.ApplicationContext != policy.ApplicationContext)
            {
                return (int)AcseServiceUserDiagnostic.ApplicationContextNameNotSupported;
            }

            if (aarq.HasMechanismName && aarq.Mechanism != policy.Mechanism)
            {
                return (int)AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised;
            }

            if (policy.Mechanism != MechanismName.None)
            {
                if (!aarq.Authentication)
                {
                    return (int)AcseServiceUserDiagnostic.AuthenticationRequired;
                }

                if (!aarq.HasMechanismName)
                {
                    return (int)AcseServiceUserDiagnostic.AuthenticationMechanismNameRequired;
                }

                byte[] challenge = aarq.CallingAuthenticationValue;
                if (challenge == null || challenge.Length < AssociationState.MinChallengeLength || challenge.Length > AssociationState.MaxChallengeLength)
                {
                    return (int)AcseServiceUserDiagnostic.AuthenticationFailure;
                }
            }

            if (policy.Ciphering != null && aarq.CallingApTitle == null)
            {
                return (int)AcseServiceUserDiagnostic.CallingApTitleNotRecognized;
            }

            return (int)AcseServiceUserDiagnostic.Null;
        }
    }
}
