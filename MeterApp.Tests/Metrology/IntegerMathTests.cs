using System;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class IntegerMathTests
    {
        [TestMethod]
        [DataRow(0L, 0L)]
        [DataRow(1L, 1L)]
        [DataRow(3L, 1L)]
        [DataRow(4L, 2L)]
        [DataRow(99L, 9L)]
        [DataRow(1000000L, 1000L)]
        [DataRow(9223372030926249001L, 3037000499L)]
        [DataRow(9223372036854775807L, 3037000499L)]
        public void SqrtIsTheFloorOfTheRoot(long value, long root)
        {
            Assert.AreEqual(root, IntegerMath.Sqrt(value));
        }

        [TestMethod]
        public void SqrtBracketsEveryValueItReturns()
        {
            long value = 7;
            for (int k = 0; value < 1000000000000000000L; k++)
            {
                long root = IntegerMath.Sqrt(value);
                Assert.IsTrue(root * root <= value && (root + 1) * (root + 1) > value, "sqrt of " + value);
                value = value + (value / 3) + k;
            }
        }

        [TestMethod]
        public void SqrtRefusesANegativeValue()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => IntegerMath.Sqrt(-1));
        }

        [TestMethod]
        public void MultiplyShiftUsesTheFullProduct()
        {
            // 2^40 · 2^40 / 2^40 and a product far beyond 2^63.
            Assert.AreEqual(1L << 40, IntegerMath.MultiplyShift(1L << 40, 1L << 40, 40));
            Assert.AreEqual(3000000000000L, IntegerMath.MultiplyShift(3000000000000L << 20, 1L << 30, 50));
            Assert.AreEqual(-7L, IntegerMath.MultiplyShift(-13, 1, 1), "−6.5 rounds away from zero");
            Assert.AreEqual(7L, IntegerMath.MultiplyShift(13, 1, 1));
            Assert.AreEqual(long.MinValue + 1, IntegerMath.MultiplyShift(long.MinValue + 1, 1, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => IntegerMath.MultiplyShift(long.MaxValue, 4, 1));
        }

        [TestMethod]
        public void ShiftDivideRoundsToNearest()
        {
            Assert.AreEqual(1L << 32, IntegerMath.ShiftDivide(1000, 32, 1000));
            Assert.AreEqual(4L, IntegerMath.ShiftDivide(7, 1, 4), "3.5 rounds up");
            Assert.AreEqual(3L, IntegerMath.ShiftDivide(13, 0, 4), "3.25 rounds down");
            Assert.AreEqual(1152921504606846976L / 3, IntegerMath.ShiftDivide(1, 60, 3));
        }

        [TestMethod]
        public void ProductOverCountMatchesTheExactQuotient()
        {
            long a = 549755813887L;
            long b = -3123456789L;
            long expected = (long)Math.Round((double)a * b / 4096.0);
            long actual = IntegerMath.ProductOverCount(a, b, 4096);
            Assert.IsTrue(Math.Abs((double)(actual - expected)) <= 100.0, "a·b/n within double's own rounding: " + actual + " vs " + expected);
            Assert.AreEqual(-2L, IntegerMath.ProductOverCount(5, -3, 7), "−15/7 = −2.14");
        }

        [TestMethod]
        public void SinCosMatchTheLibraryOverTheAcceptedRange()
        {
            for (int k = -20; k <= 20; k++)
            {
                double angle = k * 0.039;
                long sine;
                long cosine;
                FixedTrig.SinCos((long)Math.Round(angle * FixedTrig.One), out sine, out cosine);
                Assert.IsTrue(Math.Abs(sine - (Math.Sin(angle) * FixedTrig.One)) < 4, "sin " + angle);
                Assert.IsTrue(Math.Abs(cosine - (Math.Cos(angle) * FixedTrig.One)) < 4, "cos " + angle);
            }
        }
    }
}
