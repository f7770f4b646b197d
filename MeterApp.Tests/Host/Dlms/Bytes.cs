using System;

namespace Meter.Tests.Host.Dlms
{
    internal static class Bytes
    {
        /// <summary>Hex digits to bytes; spaces are ignored.</summary>
        public static byte[] Parse(string hex)
        {
            return Convert.FromHexString(hex.Replace(" ", string.Empty));
        }

        public static string Hex(byte[] bytes)
        {
            return Convert.ToHexString(bytes);
        }

        public static string Hex(byte[] bytes, int offset, int count)
        {
            return Convert.ToHexString(bytes, offset, count);
        }
    }
}
