using System;

namespace Meter.Hal
{
    /// <summary>
    /// The argument checks every HAL driver repeats: a (buffer, offset, count) range, an index
    /// into a fixed table, a positive size. One place, one set of exception types, so every
    /// driver rejects bad input the same way.
    /// </summary>
    internal static class Bounds
    {
        /// <summary>
        /// Throws unless <paramref name="buffer"/> exists and holds <paramref name="count"/> bytes
        /// from <paramref name="offset"/>. Written so that no sum can overflow.
        /// </summary>
        public static void CheckBuffer(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (count < 0 || count > buffer.Length - offset)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }

        /// <summary>As <see cref="CheckBuffer(byte[], int, int)"/>, naming the caller's argument in the exception.</summary>
        public static void CheckBuffer(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }

        /// <summary>Throws unless 0 &lt;= <paramref name="index"/> &lt; <paramref name="length"/>.</summary>
        public static void CheckIndex(int index, int length, string name)
        {
            if (index < 0 || index >= length)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }

        /// <summary>Throws unless <paramref name="value"/> &gt; 0.</summary>
        public static void CheckPositive(int value, string name)
        {
            if (value <= 0)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
