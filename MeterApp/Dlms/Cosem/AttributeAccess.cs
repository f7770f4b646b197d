namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// attribute_access_item access_mode of Association LN version 1 (Blue Book 4.4.4): the
    /// "authenticated" modes also require the request to be cryptographically protected.
    /// </summary>
    public enum AttributeAccess : byte
    {
        /// <summary>no_access (0).</summary>
        NoAccess = 0,

        /// <summary>read_only (1).</summary>
        Read = 1,

        /// <summary>write_only (2).</summary>
        Write = 2,

        /// <summary>read_and_write (3).</summary>
        ReadWrite = 3,

        /// <summary>authenticated_read_only (4).</summary>
        AuthenticatedRead = 4,

        /// <summary>authenticated_write_only (5).</summary>
        AuthenticatedWrite = 5,

        /// <summary>authenticated_read_and_write (6).</summary>
        AuthenticatedReadWrite = 6,
    }
}
