using Meter.Hal.Crypto;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class ConstantTimeTests
    {
        [TestMethod]
        public void EqualRangesCompareEqual()
        {
            byte[] a = { 9, 1, 2, 3 };
            byte[] b = { 1, 2, 3, 7, 7 };
            Assert.IsTrue(ConstantTime.FixedTimeEquals(a, 1, b, 0, 3));
            Assert.IsTrue(ConstantTime.FixedTimeEquals(a, 0, b, 0, 0));
        }

        [TestMethod]
        public void ADifferenceInAnyByteOrBitIsFound()
        {
            byte[] a = new byte[32];
            byte[] b = new byte[32];
            for (int i = 0; i < 32; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    b[i] = (byte)(1 << bit);
                    Assert.IsFalse(ConstantTime.FixedTimeEquals(a, b), "byte " + i + " bit " + bit);
                }

                b[i] = 0;
            }

            Assert.IsTrue(ConstantTime.FixedTimeEquals(a, b));
        }

        [TestMethod]
        public void DifferentLengthsAreNotEqualAndNullIsRejected()
        {
            Assert.IsFalse(ConstantTime.FixedTimeEquals(new byte[3], new byte[4]));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => ConstantTime.FixedTimeEquals(null, new byte[1]));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => ConstantTime.FixedTimeEquals(new byte[2], 1, new byte[2], 0, 2));
        }
    }
}
