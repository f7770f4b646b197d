namespace Meter.Dlms.Acse
{
    /// <summary>Last arc of the DLMS application-context-name 2.16.756.5.8.1.x (Green Book 9.4.2.2.2).</summary>
    public enum ApplicationContextName
    {
        /// <summary>Logical_Name_Referencing_No_Ciphering.</summary>
        LogicalName = 1,

        /// <summary>Short_Name_Referencing_No_Ciphering.</summary>
        ShortName = 2,

        /// <summary>Logical_Name_Referencing_With_Ciphering.</summary>
        LogicalNameCiphered = 3,

        /// <summary>Short_Name_Referencing_With_Ciphering.</summary>
        ShortNameCiphered = 4,
    }
}
