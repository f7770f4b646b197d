using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    /// <summary>The token bucket (alarm pushes, throttled security events).</summary>
    [TestClass]
    public class TokenBucketTests
    {
        [TestMethod]
        public void ABurstThenOneGrantPerRefill()
        {
            TokenBucket limiter = new TokenBucket(3, 1000);
            Assert.IsTrue(limiter.TryTake(5000));
            Assert.IsTrue(limiter.TryTake(5000));
            Assert.IsTrue(limiter.TryTake(5100));
            Assert.IsFalse(limiter.TryTake(5200));
            Assert.IsFalse(limiter.TryTake(5999));
            Assert.IsTrue(limiter.TryTake(6000));
            Assert.IsFalse(limiter.TryTake(6999));
            Assert.IsTrue(limiter.TryTake(7000));
            Assert.IsFalse(limiter.TryTake(7000));
        }

        [TestMethod]
        public void AQuietSpellRefillsUpToTheBurstOnly()
        {
            TokenBucket limiter = new TokenBucket(2, 1000);
            Assert.IsTrue(limiter.TryTake(0));
            Assert.IsTrue(limiter.TryTake(0));
            Assert.IsFalse(limiter.TryTake(500));
            Assert.IsTrue(limiter.TryTake(1000000));
            Assert.IsTrue(limiter.TryTake(1000000));
            Assert.IsFalse(limiter.TryTake(1000000));
        }

        [TestMethod]
        public void AFloodGetsNoMoreThanTheLimit()
        {
            TokenBucket limiter = new TokenBucket(3, 60000);
            int granted = 0;
            for (long t = 0; t < 3600000; t += 10)
            {
                if (limiter.TryTake(t))
                {
                    granted++;
                }
            }

            Assert.AreEqual(3 + 59, granted);
        }

        [TestMethod]
        public void BadSettingsAreRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new TokenBucket(0, 1000));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new TokenBucket(1, 0));
        }
    }
}
