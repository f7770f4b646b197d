using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// A Register value with its scaler_unit (Blue Book class 3: value × 10^scaler, in the unit), as
    /// text: "12345 Wh (scaler 0)", "1234.5 Wh (scaler -1)". Exact: the digits are shifted, never
    /// computed in floating point.
    /// </summary>
    public static class ScaledValueText
    {
        /// <summary>
        /// <paramref name="value"/> (an integer Data) scaled by <paramref name="scalerUnit"/> (structure
        /// {integer scaler, enum unit}); null when either is not of that shape.
        /// </summary>
        public static string Format(DlmsData value, DlmsData scalerUnit)
        {
            if (value == null || scalerUnit == null || scalerUnit.Type != DlmsDataType.Structure || scalerUnit.Count != 2
                || scalerUnit[0].Type != DlmsDataType.Integer || scalerUnit[1].Type != DlmsDataType.Enum)
            {
                return null;
            }

            string digits = Digits(value);
            if (digits == null)
            {
                return null;
            }

            int scaler = (int)scalerUnit[0].AsInt64();
            string unit = CosemUnit.NameOf((int)scalerUnit[1].AsInt64());
            return Shift(digits, scaler) + (unit.Length > 0 ? " " + unit : string.Empty) + " (scaler " + scaler.ToString() + ")";
        }

        /// <summary>The decimal digits of <paramref name="digits"/> × 10^<paramref name="scaler"/> (digits may start with '-').</summary>
        public static string Shift(string digits, int scaler)
        {
            bool negative = digits.Length > 0 && digits[0] == '-';
            string magnitude = negative ? digits.Substring(1) : digits;
            string result;
            if (scaler >= 0)
            {
                result = magnitude == "0" ? "0" : magnitude + new string('0', scaler);
            }
            else
            {
                int point = -scaler;
                if (magnitude.Length <= point)
                {
                    magnitude = new string('0', point - magnitude.Length + 1) + magnitude;
                }

                string whole = magnitude.Substring(0, magnitude.Length - point);
                string fraction = magnitude.Substring(magnitude.Length - point);
                result = whole + "." + fraction;
            }

            return negative ? "-" + result : result;
        }

        private static string Digits(DlmsData value)
        {
            switch (value.Type)
            {
                case DlmsDataType.Integer:
                case DlmsDataType.Long:
                case DlmsDataType.DoubleLong:
                case DlmsDataType.Long64:
                    return value.AsInt64().ToString();
                case DlmsDataType.Unsigned:
                case DlmsDataType.LongUnsigned:
                case DlmsDataType.DoubleLongUnsigned:
                case DlmsDataType.Long64Unsigned:
                    return value.AsUInt64().ToString();
                default:
                    return null;
            }
        }
    }
}
