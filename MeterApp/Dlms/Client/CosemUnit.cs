namespace Meter.Dlms.Client
{
    /// <summary>
    /// Names of the physical units of the scaler_unit attribute of Register and Extended register
    /// (Blue Book, IEC 62056-6-2, "unit" enumeration). 255 means a count: no unit.
    /// </summary>
    public static class CosemUnit
    {
        /// <summary>count (unitless).</summary>
        public const int Count = 255;

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
                case 27: return "W";
                case 28: return "VA";
                case 29: return "var";
                case 30: return "Wh";
                case 31: return "VAh";
                case 32: return "varh";
                case 33: return "A";
                case 34: return "C";
                case 35: return "V";
                case 36: return "V/m";
                case 37: return "F";
                case 38: return "Ω";
                case 40: return "Wb";
                case 41: return "T";
                case 42: return "A/m";
                case 43: return "H";
                case 44: return "Hz";
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
                case Count: return string.Empty;
                default: return "unit " + unit.ToString();
            }
        }
    }
}
