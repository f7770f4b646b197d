using System;
using Meter.Hal.Crypto;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    [TestClass]
    public class WholeArrayStagingTests
    {
        [TestMethod]
        public void AWholeArrayGoesThroughUncopied()
        {
            WholeArrayStaging staging = new WholeArrayStaging();
            byte[] data = { 1, 2, 3 };
            Assert.AreSame(data, staging.Stage(data, 0, 3));
            Assert.IsFalse(staging.IsScratch(data));
        }

        [TestMethod]
        public void ARegionIsCopiedIntoAnArrayOfExactlyItsLength()
        {
            WholeArrayStaging staging = new WholeArrayStaging();
            byte[] data = { 9, 1, 2, 3, 9 };
            byte[] staged = staging.Stage(data, 1, 3);
            Assert.AreEqual(3, staged.Length);
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, staged);
            Assert.IsTrue(staging.IsScratch(staged));
        }

        [TestMethod]
        public void TheTwoMostRecentLengthsAreReused()
        {
            WholeArrayStaging staging = new WholeArrayStaging();
            byte[] single = staging.Take(16);
            byte[] batch = staging.Take(64);
            Assert.AreSame(single, staging.Take(16));
            Assert.AreSame(batch, staging.Take(64));
            Assert.AreSame(single, staging.Take(16));

            byte[] third = staging.Take(32);
            Assert.AreSame(third, staging.Take(32));
            Assert.AreSame(single, staging.Take(16), "the most recent length before 32 stays");
            Assert.AreNotSame(batch, staging.Take(64), "the least recent length was evicted");
        }

        [TestMethod]
        public void AnEvictedScratchIsZeroedBeforeItIsDropped()
        {
            WholeArrayStaging staging = new WholeArrayStaging();
            byte[] secret = staging.Stage(new byte[] { 7, 7, 7, 7, 7 }, 1, 3);
            staging.Take(5);
            staging.Take(6);
            CollectionAssert.AreEqual(new byte[3], secret);
        }

        [TestMethod]
        public void ClearZeroesAndForgetsTheScratches()
        {
            WholeArrayStaging staging = new WholeArrayStaging();
            byte[] staged = staging.Stage(new byte[] { 5, 6, 7, 8 }, 0, 2);
            staging.Clear();
            CollectionAssert.AreEqual(new byte[2], staged);
            Assert.IsFalse(staging.IsScratch(staged));
            Assert.AreNotSame(staged, staging.Take(2));
        }

        [TestMethod]
        public void BadRegionsAreRefused()
        {
            WholeArrayStaging staging = new WholeArrayStaging();
            Assert.ThrowsException(typeof(ArgumentNullException), () => staging.Stage(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => staging.Stage(new byte[4], 2, 3));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => staging.Stage(new byte[4], -1, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => staging.Take(-1));
        }
    }
}
