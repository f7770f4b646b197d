namespace Meter.Profiles
{
    /// <summary>
    /// Bits of the AMR profile status 0.0.96.10.1.255 captured with every load-profile entry, as
    /// the IDIS and DSMR companion specifications define the 8-bit "AMR profile status code".
    /// Bits the meter cannot judge (critical error, daylight saving: the meter keeps UTC) stay 0.
    /// </summary>
    public static class AmrProfileStatus
    {
        /// <summary>Bit 0: critical error (never set here).</summary>
        public const byte CriticalError = 0x01;

        /// <summary>Bit 1: clock invalid (the RTC reads a time before the meter's plausible epoch).</summary>
        public const byte ClockInvalid = 0x02;

        /// <summary>Bit 2: data not valid (a register read below the last captured value and was held there).</summary>
        public const byte DataNotValid = 0x04;

        /// <summary>Bit 3: daylight saving active (never set: the meter keeps UTC).</summary>
        public const byte DaylightSaving = 0x08;

        /// <summary>Bit 5: clock adjusted during the period.</summary>
        public const byte ClockAdjusted = 0x20;

        /// <summary>Bit 7: power down during the period (the meter restarted since the previous entry).</summary>
        public const byte PowerDown = 0x80;
    }
}
