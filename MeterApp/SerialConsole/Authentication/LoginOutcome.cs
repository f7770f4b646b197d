namespace Meter.SerialConsole.Authentication
{
    /// <summary>The result of one <see cref="ConsoleAuthenticator.Login"/> call.</summary>
    public enum LoginOutcome
    {
        /// <summary>The secret matched; the session may be granted privileges.</summary>
        Success = 0,

        /// <summary>The secret did not match; the attempt was counted and the lockout extended.</summary>
        Rejected = 1,

        /// <summary>Refused unchecked: the lockout from earlier failures has not ended.</summary>
        LockedOut = 2,

        /// <summary>
        /// No console secret is stored: it was never provisioned, or its record was lost with a
        /// flash damage. Either way only factory provisioning brings it back.
        /// </summary>
        NotProvisioned = 3,

        /// <summary>The credential record does not decode; the meter needs re-provisioning.</summary>
        CredentialDamaged = 4,
    }
}
