namespace Meter.Dlms.Cosem
{
    /// <summary>method_access_item access_mode of Association LN version 1 (Blue Book 4.4.4).</summary>
    public enum MethodAccess : byte
    {
        /// <summary>no_access (0).</summary>
        NoAccess = 0,

        /// <summary>access (1).</summary>
        Access = 1,

        /// <summary>authenticated_access (2): the request must also be cryptographically protected.</summary>
        AuthenticatedAccess = 2,
    }
}
