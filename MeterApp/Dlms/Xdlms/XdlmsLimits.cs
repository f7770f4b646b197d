namespace Meter.Dlms.Xdlms
{
    /// <summary>Bounds the xDLMS decoders apply before allocating anything for a list.</summary>
    public static class XdlmsLimits
    {
        /// <summary>
        /// The most items a with-list request or response may carry. A larger count is rejected as
        /// TooLarge before any allocation (a smaller one is still checked against the bytes left).
        /// </summary>
        public const int MaxListItems = 64;
    }
}
