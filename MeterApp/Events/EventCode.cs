namespace Meter.Events
{
    /// <summary>
    /// Event codes, numbered as the IDIS Package 2 companion specification numbers the event
    /// objects of its logs (standard event log 0-0:99.98.0.255, fraud detection log
    /// 0-0:99.98.1.255; event object 0-0:96.11.x.255), so a head-end reads them without a mapping
    /// table. Numbers cross-checked against public IDIS head-end parsers (e.g. the Connexo/EnergyICT
    /// IDIS event-log decoders) and DSMR's shared numbering for 1..20 and 40..46.
    /// <para>
    /// Meter-internal events that IDIS does not define use 230..249
    /// (<see cref="ManufacturerSpecificFirst"/>), the block the IDIS/DSMR event tables leave to
    /// manufacturers as we read them; confirm against the IDIS P2 CS text before certification, as
    /// it was not available when this was written. IDIS-defined codes are used wherever one fits
    /// (a watchdog reset is <see cref="WatchdogError"/>, corrupt flash <see cref="NvMemoryError"/>).
    /// </para>
    /// </summary>
    public static class EventCode
    {
        // Standard event log.

        public const ushort PowerDown = 1;
        public const ushort PowerUp = 2;

        /// <summary>Daylight saving time enabled or disabled.</summary>
        public const ushort DaylightSavingChanged = 3;

        /// <summary>Clock adjusted; the entry carries the old time.</summary>
        public const ushort ClockAdjustedOldTime = 4;

        /// <summary>Clock adjusted; the entry carries the new time.</summary>
        public const ushort ClockAdjustedNewTime = 5;

        public const ushort ClockInvalid = 6;
        public const ushort ReplaceBattery = 7;
        public const ushort BatteryVoltageLow = 8;
        public const ushort TouActivated = 9;
        public const ushort ErrorRegisterCleared = 10;
        public const ushort AlarmRegisterCleared = 11;
        public const ushort ProgramMemoryError = 12;
        public const ushort RamError = 13;

        /// <summary>Non-volatile memory error: the record store found corrupt flash (not a mere torn write).</summary>
        public const ushort NvMemoryError = 14;

        /// <summary>Watchdog error: the meter restarted because the hardware watchdog fired.</summary>
        public const ushort WatchdogError = 15;

        public const ushort MeasurementSystemError = 16;
        public const ushort FirmwareReadyForActivation = 17;
        public const ushort FirmwareActivated = 18;
        public const ushort PassiveTouProgrammed = 19;
        public const ushort ExternalAlertDetected = 20;

        /// <summary>One or more parameters changed.</summary>
        public const ushort ParametersChanged = 47;

        /// <summary>Global key(s) changed.</summary>
        public const ushort GlobalKeyChanged = 48;

        /// <summary>Verification of a transferred firmware image failed.</summary>
        public const ushort FirmwareVerificationFailed = 51;

        // Fraud detection log.

        public const ushort TerminalCoverRemoved = 40;
        public const ushort TerminalCoverClosed = 41;

        /// <summary>Strong DC (magnetic) field detected.</summary>
        public const ushort StrongDcFieldDetected = 42;

        /// <summary>No strong DC (magnetic) field anymore.</summary>
        public const ushort StrongDcFieldRemoved = 43;

        public const ushort MeterCoverRemoved = 44;
        public const ushort MeterCoverClosed = 45;

        /// <summary>Association authentication failure (n failed authentications); console login failures count here too.</summary>
        public const ushort AuthenticationFailure = 46;

        /// <summary>Decryption or authentication failure of a ciphered APDU (n failures).</summary>
        public const ushort DecryptionOrAuthenticationFailure = 49;

        public const ushort ReplayAttack = 50;

        /// <summary>Written by EventLog.Clear() only, as the first entry of the emptied log.</summary>
        public const ushort EventLogCleared = 255;

        // Manufacturer-specific block (meter-internal events IDIS does not define).

        public const ushort ManufacturerSpecificFirst = 230;

        /// <summary>The supervisor restarted a task that faulted; details name the task.</summary>
        public const ushort TaskRestarted = 230;

        /// <summary>The record store recovered at mount (skipped a torn write, finished or rolled back a compaction).</summary>
        public const ushort StoreRecovered = 231;

        /// <summary>Metrology calibration constants were changed.</summary>
        public const ushort CalibrationChanged = 232;

        /// <summary>A start-up or periodic self-test failed; details name the test.</summary>
        public const ushort SelfTestFailed = 233;

        /// <summary>The supervisor found a task faulted or hung (before its restart backoff); details name the task and why.</summary>
        public const ushort TaskFaulted = 234;

        /// <summary>A privileged console session opened.</summary>
        public const ushort ConsoleLoginSucceeded = 235;

        /// <summary>A privileged console session closed (logout, idle timeout, console restart).</summary>
        public const ushort ConsoleSessionEnded = 236;

        /// <summary>At boot the console secret is missing from a store that was not blank, or damaged: factory re-provisioning needed.</summary>
        public const ushort ConsoleSecretUnavailable = 237;

        /// <summary>A reboot was requested from a console; the power down follows.</summary>
        public const ushort RebootRequested = 238;

        // Tamper and supply conditions judged from the samples (Meter.Tamper.SampleTamperDetector):
        // each start code is followed by its end code. IDIS P2 power-quality codes were not
        // available to check, so these stay manufacturer-specific until mapped.

        /// <summary>Active power flowing from the load to the network (reverse) started.</summary>
        public const ushort ReversePowerDetected = 239;

        /// <summary>Reverse power ended.</summary>
        public const ushort ReversePowerCleared = 240;

        /// <summary>Line and neutral currents differ by more than the set percentage (bypass or earth return).</summary>
        public const ushort CurrentImbalanceDetected = 241;

        /// <summary>Line and neutral currents agree again.</summary>
        public const ushort CurrentImbalanceCleared = 242;

        /// <summary>Current flows while the voltage is missing or low (missing neutral, opened voltage link).</summary>
        public const ushort CurrentWithoutVoltageDetected = 243;

        /// <summary>Current without voltage ended.</summary>
        public const ushort CurrentWithoutVoltageCleared = 244;

        /// <summary>Voltage below 90 % Un (and at least 10 %) started.</summary>
        public const ushort VoltageSagStarted = 245;

        /// <summary>Voltage sag ended.</summary>
        public const ushort VoltageSagEnded = 246;

        /// <summary>Voltage below 10 % Un (supply interruption) started.</summary>
        public const ushort InterruptionStarted = 247;

        /// <summary>Supply interruption ended.</summary>
        public const ushort InterruptionEnded = 248;

        /// <summary>The meter generated its own device key pairs (first boot, or after a damaged key was erased); details name the slots.</summary>
        public const ushort DeviceKeysGenerated = 249;

        public const ushort ManufacturerSpecificLast = 249;

        /// <summary>A short English name for display (console, diagnostics); "event N" for codes without one.</summary>
        public static string NameOf(ushort code)
        {
            switch (code)
            {
                case PowerDown: return "power down";
                case PowerUp: return "power up";
                case DaylightSavingChanged: return "DST enabled or disabled";
                case ClockAdjustedOldTime: return "clock adjusted (old time)";
                case ClockAdjustedNewTime: return "clock adjusted (new time)";
                case ClockInvalid: return "clock invalid";
                case ReplaceBattery: return "replace battery";
                case BatteryVoltageLow: return "battery voltage low";
                case TouActivated: return "TOU activated";
                case ErrorRegisterCleared: return "error register cleared";
                case AlarmRegisterCleared: return "alarm register cleared";
                case ProgramMemoryError: return "program memory error";
                case RamError: return "RAM error";
                case NvMemoryError: return "NV memory error";
                case WatchdogError: return "watchdog error";
                case MeasurementSystemError: return "measurement system error";
                case FirmwareReadyForActivation: return "firmware ready for activation";
                case FirmwareActivated: return "firmware activated";
                case PassiveTouProgrammed: return "passive TOU programmed";
                case ExternalAlertDetected: return "external alert detected";
                case TerminalCoverRemoved: return "terminal cover removed";
                case TerminalCoverClosed: return "terminal cover closed";
                case StrongDcFieldDetected: return "strong DC field detected";
                case StrongDcFieldRemoved: return "strong DC field removed";
                case MeterCoverRemoved: return "meter cover removed";
                case MeterCoverClosed: return "meter cover closed";
                case AuthenticationFailure: return "authentication failure";
                case ParametersChanged: return "parameters changed";
                case GlobalKeyChanged: return "global key changed";
                case DecryptionOrAuthenticationFailure: return "decryption or authentication failure";
                case ReplayAttack: return "replay attack";
                case FirmwareVerificationFailed: return "firmware verification failed";
                case TaskRestarted: return "task restarted";
                case StoreRecovered: return "store recovered";
                case CalibrationChanged: return "calibration changed";
                case SelfTestFailed: return "self-test failed";
                case TaskFaulted: return "task faulted";
                case ConsoleLoginSucceeded: return "console login";
                case ConsoleSessionEnded: return "console session ended";
                case ConsoleSecretUnavailable: return "console secret unavailable";
                case RebootRequested: return "reboot requested";
                case ReversePowerDetected: return "reverse power detected";
                case ReversePowerCleared: return "reverse power cleared";
                case CurrentImbalanceDetected: return "current imbalance detected";
                case CurrentImbalanceCleared: return "current imbalance cleared";
                case CurrentWithoutVoltageDetected: return "current without voltage detected";
                case CurrentWithoutVoltageCleared: return "current without voltage cleared";
                case VoltageSagStarted: return "voltage sag started";
                case VoltageSagEnded: return "voltage sag ended";
                case InterruptionStarted: return "interruption started";
                case InterruptionEnded: return "interruption ended";
                case DeviceKeysGenerated: return "device keys generated";
                case EventLogCleared: return "event log cleared";
                default: return "event " + code;
            }
        }
    }
}
