using Meter.Events;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The event codes the console records under, in one place: IDIS 46 for a failed
    /// authentication, the manufacturer-specific console codes (235..238) for the rest of its
    /// audit trail. Details fit the log's 48 characters.
    /// </summary>
    public static class ConsoleEvents
    {
        /// <summary>A wrong secret: "console login failed (n in a row, locked s)".</summary>
        public const ushort LoginFailed = EventCode.AuthenticationFailure;

        /// <summary>A privileged session opened: "successful login #n".</summary>
        public const ushort LoginSucceeded = EventCode.ConsoleLoginSucceeded;

        /// <summary>A privileged session closed: "logout", "idle timeout" or "console restart".</summary>
        public const ushort SessionEnded = EventCode.ConsoleSessionEnded;

        /// <summary>
        /// At boot, the credential is missing from a store that was not blank, or is damaged:
        /// "missing|damaged, needs factory re-provisioning".
        /// </summary>
        public const ushort SecretUnavailable = EventCode.ConsoleSecretUnavailable;

        /// <summary>"from the console", written before the reboot is requested.</summary>
        public const ushort RebootRequested = EventCode.RebootRequested;
    }
}
