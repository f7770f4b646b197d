namespace Meter.Dlms.Push
{
    /// <summary>How a push leaves the meter.</summary>
    public enum PushProtection
    {
        /// <summary>The plain Data-Notification, for a push setup configured to send in clear.</summary>
        Plain = 0,

        /// <summary>
        /// Suite 0 general-glo-ciphering, authenticated and encrypted (SC 0x30), under our system
        /// title and our own sending invocation counter. Never downgraded: without keys the push fails.
        /// </summary>
        AuthenticatedEncrypted = 1,
    }
}
