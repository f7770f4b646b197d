using System;
using Meter.Hal.Virtual;
using Meter.Hal.Watchdog;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class FeedDeadlineTests
    {
        private static readonly DateTime Start = new DateTime(2026, 1, 1, 0, 0, 0);

        [TestMethod]
        public void ReportsTheTimeLeft()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            FeedDeadline deadline = new FeedDeadline(clock, 500);
            Assert.AreEqual(-1L, deadline.MillisecondsLeft, "disarmed");

            deadline.Arm();
            clock.Advance(200);
            Assert.AreEqual(300L, deadline.MillisecondsLeft);

            deadline.Feed();
            Assert.AreEqual(500L, deadline.MillisecondsLeft);

            clock.Advance(900);
            Assert.AreEqual(0L, deadline.MillisecondsLeft, "overdue");
        }

        [TestMethod]
        public void ArmingARunningDeadlineCountsAsAFeed()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            FeedDeadline deadline = new FeedDeadline(clock, 500);
            deadline.Arm();
            clock.Advance(400);
            deadline.Arm();
            clock.Advance(400);
            Assert.IsFalse(deadline.Expire());
            clock.Advance(100);
            Assert.IsTrue(deadline.Expire());
            Assert.IsFalse(deadline.IsArmed);
        }

        [TestMethod]
        public void FeedingADisarmedDeadlineDoesNothing()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            FeedDeadline deadline = new FeedDeadline(clock, 500);
            deadline.Feed();
            clock.Advance(1000);
            Assert.IsFalse(deadline.IsArmed);
            Assert.IsFalse(deadline.Expire());
        }
    }
}
