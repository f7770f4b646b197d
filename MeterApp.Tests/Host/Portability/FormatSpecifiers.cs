using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// nanoFramework's numeric formatting understands D, F, G, N and X with an optional precision only
    /// (shared/nanoframework/README.md); anything else (P, C, E, R, custom "0.00", date patterns) is
    /// rejected here because the device would print it wrongly or throw.
    /// </summary>
    public static class FormatSpecifiers
    {
        private static readonly Regex Supported = new Regex("^([DdFfGgNnXx][0-9]{0,2})?$", RegexOptions.CultureInvariant);

        public static bool IsSupported(string specifier) => Supported.IsMatch(specifier ?? string.Empty);

        /// <summary>The format specifiers in a composite format string ("{0,5:X4}" gives "X4").</summary>
        public static IEnumerable<string> InCompositeFormat(string format)
        {
            for (int i = 0; i < format.Length; i++)
            {
                if (format[i] != '{')
                {
                    continue;
                }

                if (i + 1 < format.Length && format[i + 1] == '{')
                {
                    i++; // escaped brace
                    continue;
                }

                int close = format.IndexOf('}', i);
                if (close < 0)
                {
                    yield break;
                }

                string item = format.Substring(i + 1, close - i - 1);
                int colon = item.IndexOf(':');
                if (colon >= 0)
                {
                    yield return item.Substring(colon + 1);
                }

                i = close;
            }
        }
    }
}
