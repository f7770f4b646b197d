using Meter.Events;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The event codes the console records under, in one place. IDIS defines a code only for a
    /// failed authentication (46); the console's other audit records use the closest code that
    /// exists and say what happened in their details, until the event log defines codes of
    /// their own (manufacturer-specific, 230..249). Details fit the log's 48 characters.
    /// </summary>
    public static class ConsoleEvents
    {
        /// <summary>A wrong secret: "console login failed (n in a row, locked s)".</summary>
        public const ushort LoginFailed = EventCode.AuthenticationFailure;

        /// <summary>
        /// At boot, the credential is missing from a store that was not blank, or is damaged:
        /// "console secret missing|damaged: needs re-provisioning".
        /// </summary>
        public const ushort SecretUnavailable = EventCode.AuthenticationFailure;

        /// <summary>A privileged session opened: "console login succeeded (#n)". No code fits yet.</summary>
        public const ushort LoginSucceeded = EventCode.AuthenticationFailure;

        /// <summary>A privileged session closed: "console session ended: logout|idle timeout|console restart". No code fits yet.</summary>
        public const ushort SessionEnded = EventCode.AuthenticationFailure;

        /// <summary>"reboot requested from the console": a power down follows (IDIS 1).</summary>
        public const ushort RebootRequested = EventCode.PowerDown;
    }
}
