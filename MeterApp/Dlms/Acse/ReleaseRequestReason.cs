namespace Meter.Dlms.Acse
{
    /// <summary>RLRQ reason (ISO 8650-1 Release-request-reason).</summary>
    public enum ReleaseRequestReason
    {
        /// <summary>normal (0).</summary>
        Normal = 0,

        /// <summary>urgent (1).</summary>
        Urgent = 1,

        /// <summary>user-defined (30).</summary>
        UserDefined = 30,
    }
}
