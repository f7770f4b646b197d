using Meter.Events;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Which events raise an alarm push, and in which rate-limit group. The set follows what an
    /// IDIS-style alarm register (0-0:97.98.0.255) flags to a utility at once: attacks on the
    /// communication ports and physical fraud. Only the start of a condition pushes (cover
    /// removed, field detected), not its end, which the event log still holds.
    /// <list type="bullet">
    /// <item><see cref="RemoteGroup"/>: 46 authentication failure, 49 decryption or authentication
    /// failure, 50 replay attack, 51 firmware verification failed. Anyone on a port can raise
    /// these at frame rate, so they share one budget.</item>
    /// <item><see cref="PhysicalGroup"/>: 40 terminal cover removed, 42 strong DC field detected,
    /// 44 meter cover removed, 239 reverse power, 241 current imbalance (bypass), 243 current
    /// without voltage. They need someone at the meter, so a remote flood can never use up
    /// their budget and hide a tamper behind it.</item>
    /// </list>
    /// Default limit per group: <see cref="DefaultBurst"/> pushes at once, then one per
    /// <see cref="DefaultRefillMilliseconds"/> (5 minutes), i.e. at most 3 + 12 an hour per group
    /// under a sustained flood. Suppressed alarms lose nothing the head-end needs: the next push
    /// reads the alarm register and logs as they are then.
    /// </summary>
    public static class AlarmPushPolicy
    {
        /// <summary>Not an alarm.</summary>
        public const int NoGroup = -1;

        /// <summary>Alarms a remote peer can raise (bad frames, bad images).</summary>
        public const int RemoteGroup = 0;

        /// <summary>Alarms that need physical access.</summary>
        public const int PhysicalGroup = 1;

        /// <summary>Number of groups.</summary>
        public const int GroupCount = 2;

        /// <summary>Pushes a group may send at once.</summary>
        public const int DefaultBurst = 3;

        /// <summary>Time for one more push of a group to be allowed: 5 minutes.</summary>
        public const int DefaultRefillMilliseconds = 300000;

        /// <summary>The group <paramref name="code"/> pushes in, or <see cref="NoGroup"/>.</summary>
        public static int GroupOf(ushort code)
        {
            switch (code)
            {
                case EventCode.AuthenticationFailure:
                case EventCode.DecryptionOrAuthenticationFailure:
                case EventCode.ReplayAttack:
                case EventCode.FirmwareVerificationFailed:
                    return RemoteGroup;
                case EventCode.TerminalCoverRemoved:
                case EventCode.StrongDcFieldDetected:
                case EventCode.MeterCoverRemoved:
                case EventCode.ReversePowerDetected:
                case EventCode.CurrentImbalanceDetected:
                case EventCode.CurrentWithoutVoltageDetected:
                    return PhysicalGroup;
                default:
                    return NoGroup;
            }
        }
    }
}
