using Meter.Events;

namespace Meter.Profiles
{
    /// <summary>
    /// Which events belong in the fraud detection log 0.0.99.98.1.255 rather than the standard
    /// event log 0.0.99.98.0.255. IDIS keeps them apart so that a flood of ordinary events
    /// (power cycles, task restarts) cannot evict the evidence of an attack: IDIS codes 40..46
    /// (covers, strong DC field, association authentication failure), 49 (decryption or
    /// authentication failure) and 50 (replay attack); 47 and 48 (parameters, global keys
    /// changed) stay in the standard log as IDIS has them. Of the manufacturer-specific tamper
    /// codes, those judging a bypass of the measurement go here too: reverse power (239/240),
    /// L/N current imbalance (241/242) and current without voltage (243/244). Voltage sags and
    /// supply interruptions (245..248) are power quality, not fraud: standard log.
    /// </summary>
    public static class FraudEvents
    {
        /// <summary>True when <paramref name="code"/> goes to the fraud detection log.</summary>
        public static bool IsFraud(ushort code)
        {
            if (code >= EventCode.TerminalCoverRemoved && code <= EventCode.AuthenticationFailure)
            {
                return true;
            }

            if (code == EventCode.DecryptionOrAuthenticationFailure || code == EventCode.ReplayAttack)
            {
                return true;
            }

            return code >= EventCode.ReversePowerDetected && code <= EventCode.CurrentWithoutVoltageCleared;
        }
    }
}
