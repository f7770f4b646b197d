namespace Meter.Dlms.Acse
{
    /// <summary>AARE result (ISO 8650-1 Associate-result).</summary>
    public enum AssociationResult
    {
        /// <summary>accepted (0).</summary>
        Accepted = 0,

        /// <summary>rejected-permanent (1).</summary>
        RejectedPermanent = 1,

        /// <summary>rejected-transient (2).</summary>
        RejectedTransient = 2,
    }
}
