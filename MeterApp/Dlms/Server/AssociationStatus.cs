namespace Meter.Dlms.Server
{
    /// <summary>association_status of Association LN (Blue Book 4.4.4, attribute 8).</summary>
    public enum AssociationStatus : byte
    {
        /// <summary>non-associated (0): no AARQ accepted, or released.</summary>
        NonAssociated = 0,

        /// <summary>association-pending (1): AARQ accepted, HLS pass 3/4 not yet done.</summary>
        AssociationPending = 1,

        /// <summary>associated (2).</summary>
        Associated = 2,
    }
}
