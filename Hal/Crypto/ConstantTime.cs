namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Comparisons whose running time does not depend on the data compared, so a MAC or password
    /// hash check leaks nothing about how many leading bytes matched (the timing side channel
    /// that early-exit comparison opens). Named after .NET's CryptographicOperations.FixedTimeEquals.
    /// </summary>
    public static class ConstantTime
    {
        /// <summary>
        /// True when both ranges hold the same bytes. The time depends only on
        /// <paramref name="count"/>, never on where the first difference is.
        /// </summary>
        public static bool FixedTimeEquals(byte[] left, int leftOffset, byte[] right, int rightOffset, int count)
        {
            Bounds.CheckBuffer(left, leftOffset, count, "left");
            Bounds.CheckBuffer(right, rightOffset, count, "right");

            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= left[leftOffset + i] ^ right[rightOffset + i];
            }

            return difference == 0;
        }

        /// <summary>
        /// True when both arrays have the same length and bytes. Lengths are not secret (a MAC or
        /// hash has a fixed length), so a length mismatch returns false at once.
        /// </summary>
        public static bool FixedTimeEquals(byte[] left, byte[] right)
        {
            Bounds.CheckBuffer(left, 0, 0, "left");
            Bounds.CheckBuffer(right, 0, 0, "right");
            if (left.Length != right.Length)
            {
                return false;
            }

            return FixedTimeEquals(left, 0, right, 0, left.Length);
        }
    }
}
