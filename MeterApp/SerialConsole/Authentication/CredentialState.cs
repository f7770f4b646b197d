namespace Meter.SerialConsole.Authentication
{
    /// <summary>What the credential record holds.</summary>
    public enum CredentialState
    {
        /// <summary>No record: the meter has not been provisioned.</summary>
        Absent = 0,

        /// <summary>A well-formed credential.</summary>
        Valid = 1,

        /// <summary>A record that does not decode; logins are refused until the meter is re-provisioned.</summary>
        Damaged = 2,
    }
}
