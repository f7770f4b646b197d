namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// The unit enumeration of scaler_unit (Blue Book 4.3.2, table "Enumerated values for physical
    /// units"): constants for the units the meter uses, and the symbol of every unit for printing.
    /// </summary>
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

        /// <summary>The symbol of <paramref name="unit"/>; empty for a count; "unit N" for a code not in the table.</summary>
        public static string NameOf(int unit)
        {
            switch (unit)
            {
                case 1: return "a";
                case 2: return "mo";
                case 3: return "wk";
                case 4: return "d";
                case 5: return "h";
                case 6: return "min";
                case 7: return "s";
                case 8: return "°";
                case 9: return "°C";
                case 10: return "currency";
                case 11: return "m";
                case 12: return "m/s";
                case 13: return "m³";
                case 14: return "m³";
                case 15: return "m³/h";
                case 16: return "m³/h";
                case 17: return "m³/d";
                case 18: return "m³/d";
                case 19: return "l";
                case 20: return "kg";
                case 21: return "N";
                case 22: return "Nm";
                case 23: return "Pa";
                case 24: return "bar";
                case 25: return "J";
                case 26: return "J/h";
                case Watt: return "W";
                case VoltAmpere: return "VA";
                case Var: return "var";
                case WattHour: return "Wh";
                case 31: return "VAh";
                case VarHour: return "varh";
                case Ampere: return "A";
                case 34: return "C";
                case Volt: return "V";
                case 36: return "V/m";
                case 37: return "F";
                case 38: return "Ω";
                case 40: return "Wb";
                case 41: return "T";
                case 42: return "A/m";
                case 43: return "H";
                case Hertz: return "Hz";
                case 45: return "1/(Wh)";
                case 46: return "1/(varh)";
                case 47: return "1/(VAh)";
                case 48: return "V²h";
                case 49: return "A²h";
                case 50: return "kg/s";
                case 51: return "S";
                case 52: return "K";
                case 56: return "%";
                case 57: return "Ah";
                case 254: return "other";
                case Unitless: return string.Empty;
                default: return "unit " + unit.ToString();
            }
        }
    }
}
