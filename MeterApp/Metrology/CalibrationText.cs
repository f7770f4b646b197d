using System;

namespace Meter.Metrology
{
    /// <summary>
    /// Calibration values as decimal text, integers only (no double: single precision on some
    /// devices): gains as a factor with 6 decimals ("1.002300"), offsets in A with 6 decimals
    /// (exactly µA), phase in degrees (parsed to 6 decimals, shown with 4; 1 µrad ≈ 0.00006°).
    /// </summary>
    public static class CalibrationText
    {
        private const int Decimals = 6;
        private const long Million = 1000000L;

        // π/180 · 10^11: µrad per µdeg times 10^11.
        private const long MicroradiansPerMicrodegreeE11 = 1745329252L;
        private const long E11 = 100000000000L;

        // Inputs beyond this many millionths are refused before any multiplication can overflow.
        private const long MaxMillionths = 1000000000L;

        public static string FormatGain(int gain)
        {
            return FormatMillionths(Round((long)gain * Million, Calibration.UnityGain), Decimals);
        }

        public static string FormatOffset(long microamps)
        {
            return FormatMillionths(microamps, Decimals);
        }

        public static string FormatPhase(int microradians)
        {
            long microdegrees = Round(microradians * E11, MicroradiansPerMicrodegreeE11);
            return FormatMillionths(Round(microdegrees, 100), 4);
        }

        /// <summary>A gain factor ("0.98", "1.0023") in parts of 2^30; false for malformed text.</summary>
        public static bool TryParseGain(string text, out int gain)
        {
            gain = 0;
            long millionths;
            // A gain is in (0, 2): beyond that it does not fit parts of 2^30 in an int.
            if (!TryParseMillionths(text, out millionths) || millionths <= 0 || millionths >= 2 * Million)
            {
                return false;
            }

            gain = (int)Round(millionths * Calibration.UnityGain, Million);
            return gain > 0;
        }

        /// <summary>An offset in A ("0.012") in µA; false for malformed or negative text.</summary>
        public static bool TryParseOffset(string text, out long microamps)
        {
            return TryParseMillionths(text, out microamps) && microamps >= 0;
        }

        /// <summary>A phase in degrees ("-0.5") in µrad; false for malformed text.</summary>
        public static bool TryParsePhase(string text, out int microradians)
        {
            microradians = 0;
            long microdegrees;
            if (!TryParseMillionths(text, out microdegrees))
            {
                return false;
            }

            microradians = (int)Round(microdegrees * MicroradiansPerMicrodegreeE11, E11);
            return true;
        }

        /// <summary>"[-]digits[.digits]" with at most 6 decimals, in millionths, at most 1000 in magnitude.</summary>
        public static bool TryParseMillionths(string text, out long millionths)
        {
            millionths = 0;
            if (text == null || text.Length == 0 || text.Length > 20)
            {
                return false;
            }

            int i = 0;
            bool negative = text[0] == '-';
            if (negative)
            {
                i++;
            }

            long whole = 0;
            int wholeDigits = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                whole = (whole * 10) + (text[i] - '0');
                wholeDigits++;
                i++;
                if (whole > MaxMillionths)
                {
                    return false;
                }
            }

            long fraction = 0;
            int fractionDigits = 0;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    if (fractionDigits == Decimals)
                    {
                        return false;
                    }

                    fraction = (fraction * 10) + (text[i] - '0');
                    fractionDigits++;
                    i++;
                }

                if (fractionDigits == 0)
                {
                    return false;
                }
            }

            if (i != text.Length || wholeDigits + fractionDigits == 0)
            {
                return false;
            }

            for (int d = fractionDigits; d < Decimals; d++)
            {
                fraction *= 10;
            }

            long value = (whole * Million) + fraction;
            if (value > MaxMillionths)
            {
                return false;
            }

            millionths = negative ? -value : value;
            return true;
        }

        private static string FormatMillionths(long millionths, int decimals)
        {
            long unit = 1;
            for (int d = 0; d < decimals; d++)
            {
                unit *= 10;
            }

            long magnitude = millionths < 0 ? -millionths : millionths;
            string text = (magnitude / unit).ToString() + "." + (magnitude % unit).ToString("D" + decimals.ToString());
            return millionths < 0 ? "-" + text : text;
        }

        // Division rounded half away from zero (denominator > 0).
        private static long Round(long numerator, long denominator)
        {
            long half = denominator / 2;
            return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
        }
    }
}
