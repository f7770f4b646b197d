namespace Meter.Dlms.Cosem
{
    /// <summary>The unit enumeration of scaler_unit (Blue Book 4.3.2, table "Enumerated values for physical units"); only the units the meter uses.</summary>
    public static class CosemUnit
    {
        /// <summary>W, active power (27).</summary>
        public const byte Watt = 27;

        /// <summary>VA, apparent power (28).</summary>
        public const byte VoltAmpere = 28;

        /// <summary>var, reactive power (29).</summary>
        public const byte Var = 29;

        /// <summary>Wh, active energy (30).</summary>
        public const byte WattHour = 30;

        /// <summary>varh, reactive energy (32).</summary>
        public const byte VarHour = 32;

        /// <summary>A, current (33).</summary>
        public const byte Ampere = 33;

        /// <summary>V, voltage (35).</summary>
        public const byte Volt = 35;

        /// <summary>Hz, frequency (44).</summary>
        public const byte Hertz = 44;

        /// <summary>No unit, unitless count (255).</summary>
        public const byte Unitless = 255;
    }
}
