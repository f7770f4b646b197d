namespace Meter.Storage
{
    /// <summary>
    /// Every key of the record store, by range. A key is a ushort; each owner gets its own range so
    /// that no two features can ever write the same key. Ranges not listed are free for new owners.
    /// <code>
    /// 0x0000            never used
    /// 0x0001 - 0x00FF   system: console secret, boot state
    /// 0x0100 - 0x01FF   monotonic counters (PersistentCounter): boot count, DLMS invocation counters, calibration changes
    /// 0x0200 - 0x02FF   metrology: energy registers and their companions (reserved for metrology)
    /// 0x0300 - 0x03FF   calibration (metrology: CalibrationRecord at 0x0300)
    /// 0x0400 - 0x04FF   key material, wrapped (reserved for the crypto HAL / key store)
    /// 0x0500 - 0x05FF   DLMS settings: security policy, push setups, identity (system title)
    /// 0x1000 - 0x1FFF   event log slots: four logs of up to 1024 slots each
    /// 0x2000 - 0x2FFF   CAK log (reserved for the attestation kernel)
    /// 0x3000 - 0x3FFF   load profile 1.0.99.1.0.255: clear marker, then a ring of up to 4095 capture slots
    /// 0xF000 - 0xFFFE   tests and diagnostics; never written by the product
    /// 0xFFFF            never used
    /// </code>
    /// </summary>
    public static class RecordKeys
    {
        /// <summary>Verifier of the console's privileged-access secret.</summary>
        public const ushort ConsoleSecret = 0x0001;

        /// <summary>The console's login history: attempt count at the last successful login, successful logins.</summary>
        public const ushort ConsoleLoginHistory = 0x0002;

        public const ushort CountersFirst = 0x0100;

        /// <summary>Number of starts of the application.</summary>
        public const ushort BootCount = 0x0100;

        /// <summary>Console login attempts checked against the secret (counted before each check).</summary>
        public const ushort ConsoleLoginAttempts = 0x0101;

        /// <summary>First of 16 DLMS invocation counters, one per security context (0x0110 - 0x011F).</summary>
        public const ushort DlmsInvocationCounterFirst = 0x0110;

        public const ushort DlmsInvocationCounterLast = 0x011F;

        /// <summary>Calibration changes made (counted before each change is written).</summary>
        public const ushort CalibrationChangeCount = 0x0120;

        public const ushort CountersLast = 0x01FF;

        public const ushort MetrologyFirst = 0x0200;

        /// <summary>The four energy registers A+, A−, R+, R− with their remainders, one record (RegisterRecord).</summary>
        public const ushort EnergyRegisters = 0x0200;

        public const ushort MetrologyLast = 0x02FF;

        public const ushort CalibrationFirst = 0x0300;

        /// <summary>The front end's calibration constants, one record (CalibrationRecord).</summary>
        public const ushort Calibration = 0x0300;

        public const ushort CalibrationLast = 0x03FF;

        public const ushort KeyMaterialFirst = 0x0400;

        public const ushort KeyMaterialLast = 0x04FF;

        public const ushort DlmsSettingsFirst = 0x0500;

        /// <summary>Security setup's security_policy (one byte); only ever strengthened, so a restart never weakens it.</summary>
        public const ushort DlmsSecurityPolicy = 0x0500;

        /// <summary>First of 16 push setup records, one per push setup object (0x0510 - 0x051F).</summary>
        public const ushort DlmsPushSetupFirst = 0x0510;

        public const ushort DlmsPushSetupLast = 0x051F;

        /// <summary>The meter's DLMS system title, written once when the factory provisions it (Meter.Security.DlmsIdentityRecord).</summary>
        public const ushort DlmsIdentity = 0x05F0;

        public const ushort DlmsSettingsLast = 0x05FF;

        /// <summary>First key of the event log blocks; each log starts at a multiple of <see cref="EventLogMaxSlots"/> from here.</summary>
        public const ushort EventLogsFirst = 0x1000;

        /// <summary>Slots reserved for one event log; a log's capacity may not exceed it.</summary>
        public const int EventLogMaxSlots = 0x0400;

        /// <summary>IDIS standard event log (0x1000 - 0x13FF).</summary>
        public const ushort StandardEventLogFirstSlot = 0x1000;

        /// <summary>IDIS fraud detection log (0x1400 - 0x17FF).</summary>
        public const ushort FraudDetectionLogFirstSlot = 0x1400;

        /// <summary>Two more logs may use 0x1800 - 0x1BFF and 0x1C00 - 0x1FFF.</summary>
        public const ushort EventLogsLast = 0x1FFF;

        public const ushort CakLogFirst = 0x2000;

        public const ushort CakLogLast = 0x2FFF;

        public const ushort LoadProfileFirst = 0x3000;

        /// <summary>The load profile's clear marker: the last sequence hidden by its reset (Meter.Profiles.LoadProfileRing).</summary>
        public const ushort LoadProfileClearMarker = 0x3000;

        /// <summary>First of the load profile's capture slots; capture n goes to slot n mod capacity.</summary>
        public const ushort LoadProfileFirstSlot = 0x3001;

        public const ushort LoadProfileLast = 0x3FFF;

        /// <summary>Capture slots the load profile may use (0x3001 - 0x3FFF).</summary>
        public const int LoadProfileMaxSlots = LoadProfileLast - LoadProfileFirstSlot + 1;

        public const ushort TestFirst = 0xF000;

        public const ushort TestLast = 0xFFFE;
    }
}
