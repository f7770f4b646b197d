namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// security_policy of Security setup version 0 (Blue Book 4.4.7): bit 0 all messages
    /// authenticated, bit 1 all messages encrypted. A policy is stronger than another when it
    /// asks for every protection the other asks for (so 1 and 2 are not comparable).
    /// </summary>
    public static class SecurityPolicy
    {
        /// <summary>nothing (0).</summary>
        public const byte None = 0;

        /// <summary>all messages to be authenticated (1).</summary>
        public const byte Authenticated = 1;

        /// <summary>all messages to be encrypted (2).</summary>
        public const byte Encrypted = 2;

        /// <summary>all messages to be authenticated and encrypted (3).</summary>
        public const byte AuthenticatedAndEncrypted = 3;

        /// <summary>True when <paramref name="candidate"/> keeps every protection of <paramref name="current"/>.</summary>
        public static bool IsAtLeast(int candidate, int current)
        {
            return (candidate & current) == current;
        }
    }
}
