using System;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// Text of fixed-point integers (mV, µA, mHz...) with a decimal point, without going through
    /// double (single precision on some devices, and rounding must not depend on it).
    /// </summary>
    public static class FixedPointText
    {
        private static readonly long[] PowersOfTen =
        {
            1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L,
        };

        /// <summary>
        /// <paramref name="value"/> counted in 10^-<paramref name="scaleDigits"/> of the unit, written
        /// with <paramref name="decimals"/> decimals, rounded half away from zero:
        /// Format(230014, 3, 2) is "230.01", Format(-5, 3, 2) is "-0.01".
        /// </summary>
        public static string Format(long value, int scaleDigits, int decimals)
        {
            if (scaleDigits < 0 || scaleDigits >= PowersOfTen.Length || decimals < 0 || decimals > scaleDigits)
            {
                throw new ArgumentOutOfRangeException(decimals > scaleDigits ? "decimals" : "scaleDigits");
            }

            // Work on the magnitude as a negative number: -long.MinValue does not exist.
            bool negative = value < 0;
            long negated = negative ? value : -value;
            long dropped = PowersOfTen[scaleDigits - decimals];
            long rounded = negated / dropped;
            if (negated % dropped <= -((dropped + 1) / 2))
            {
                rounded--;
            }
            if (rounded == 0)
            {
                negative = false;
            }

            long unit = PowersOfTen[decimals];
            long whole = -(rounded / unit);
            long fraction = -(rounded % unit);
            string text = (negative ? "-" : string.Empty) + whole.ToString();
            return decimals == 0 ? text : text + "." + fraction.ToString("D" + decimals.ToString());
        }
    }
}
