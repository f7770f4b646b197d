using System;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    /// <summary>Assertions the crypto tests share.</summary>
    public static class CryptoAssert
    {
        /// <summary>
        /// Passes when <paramref name="action"/> throws an ArgumentException or a subclass
        /// (ArgumentNullException, ArgumentOutOfRangeException): Assert.ThrowsException wants the exact type.
        /// </summary>
        public static void ThrowsArgumentException(Action action, string message)
        {
            try
            {
                action();
            }
            catch (ArgumentException)
            {
                return;
            }

            Assert.IsTrue(false, "expected an ArgumentException: " + message);
        }

        /// <summary>True when every byte of the range equals <paramref name="value"/>.</summary>
        public static bool AllBytesAre(byte[] buffer, int offset, int count, byte value)
        {
            for (int i = 0; i < count; i++)
            {
                if (buffer[offset + i] != value)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
