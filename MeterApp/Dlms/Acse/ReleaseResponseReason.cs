namespace Meter.Dlms.Acse
{
    /// <summary>RLRE reason (ISO 8650-1 Release-response-reason).</summary>
    public enum ReleaseResponseReason
    {
        /// <summary>normal (0).</summary>
        Normal = 0,

        /// <summary>not-finished (1).</summary>
        NotFinished = 1,

        /// <summary>user-defined (30).</summary>
        UserDefined = 30,
    }
}
