using System;
using System.Threading;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualWatchdogTests
    {
        private const int TimeoutMs = 1000;
        private static readonly DateTime Start = new DateTime(2026, 1, 1, 0, 0, 0);

        [TestMethod]
        public void NeverExpiresBeforeItIsStarted()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            clock.Advance(10 * TimeoutMs);
            Assert.IsFalse(watchdog.Check());
            Assert.IsFalse(watchdog.HasExpired);
            Assert.IsFalse(watchdog.IsRunning);
        }

        [TestMethod]
        public void ExpiresOnceWhenNotFedWithinTheTimeout()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            int[] raised = new int[1];
            watchdog.Expired += (sender, e) => raised[0]++;
            watchdog.Start();

            clock.Advance(TimeoutMs - 1);
            Assert.IsFalse(watchdog.Check());
            Assert.IsTrue(watchdog.IsRunning);

            clock.Advance(1);
            Assert.IsTrue(watchdog.Check());
            Assert.IsFalse(watchdog.Check(), "an expiry is reported once");
            Assert.AreEqual(1, raised[0]);
            Assert.AreEqual(1, watchdog.ExpiryCount);
            Assert.IsTrue(watchdog.HasExpired);
            Assert.IsFalse(watchdog.IsRunning, "a reset stops the watchdog until it is started again");
        }

        [TestMethod]
        public void RegularFeedingKeepsTheBoardAlive()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            watchdog.Start();
            for (int i = 0; i < 20; i++)
            {
                clock.Advance(TimeoutMs - 100);
                watchdog.Feed();
            }

            Assert.IsFalse(watchdog.HasExpired);
            Assert.IsTrue(watchdog.IsRunning);
        }

        [TestMethod]
        public void AFeedAfterTheDeadlineDoesNotRescueIt()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            watchdog.Start();
            clock.Advance(TimeoutMs);
            watchdog.Feed();
            Assert.IsTrue(watchdog.HasExpired);
        }

        [TestMethod]
        public void ExpiryIsNoticedLazilyWithoutACheck()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            watchdog.Start();
            clock.Advance(TimeoutMs + 5);
            Assert.AreEqual(1, watchdog.ExpiryCount);
        }

        [TestMethod]
        public void FeedStartAndGettersCountAnExpiryButOnlyCheckRaisesIt()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            int[] raised = new int[1];
            watchdog.Expired += (sender, e) => raised[0]++;
            watchdog.Start();
            clock.Advance(TimeoutMs);

            watchdog.Feed();
            Assert.IsFalse(watchdog.IsRunning);
            Assert.AreEqual(1, watchdog.ExpiryCount);
            Assert.IsTrue(watchdog.HasExpired);
            watchdog.Start();
            Assert.AreEqual(0, raised[0], "only Check raises Expired");

            Assert.IsTrue(watchdog.Check(), "Check reports the expiry the feed noticed");
            Assert.AreEqual(1, raised[0]);
            Assert.IsFalse(watchdog.Check());
            Assert.AreEqual(1, raised[0]);
        }

        [TestMethod]
        public void ExpiredRunsOnTheThreadThatChecksNotOnTheFeeder()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            Thread[] raisedOn = new Thread[1];
            watchdog.Expired += (sender, e) => raisedOn[0] = Thread.CurrentThread;
            watchdog.Start();
            clock.Advance(TimeoutMs);

            Thread feeder = new Thread(() => watchdog.Feed());
            feeder.Start();
            Assert.IsTrue(feeder.Join(10000));
            Assert.IsNull(raisedOn[0], "a late feed does not raise Expired");

            Assert.IsTrue(watchdog.Check());
            Assert.AreSame(Thread.CurrentThread, raisedOn[0]);
        }

        [TestMethod]
        public void EveryExpiryIsReportedEvenWhenSeveralHappenBetweenChecks()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            int[] raised = new int[1];
            watchdog.Expired += (sender, e) => raised[0]++;
            for (int i = 0; i < 3; i++)
            {
                watchdog.Start();
                clock.Advance(TimeoutMs);
                watchdog.Feed();
            }

            Assert.AreEqual(3, watchdog.ExpiryCount);
            Assert.IsTrue(watchdog.Check());
            Assert.AreEqual(3, raised[0]);
        }

        [TestMethod]
        public void ARestartedWatchdogCanExpireAgain()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualWatchdog watchdog = new VirtualWatchdog(clock, TimeoutMs);
            watchdog.Start();
            clock.Advance(TimeoutMs);
            watchdog.Check();
            watchdog.Start();
            clock.Advance(TimeoutMs / 2);
            Assert.IsFalse(watchdog.Check(), "restarting gives a fresh timeout");
            clock.Advance(TimeoutMs / 2);
            Assert.IsTrue(watchdog.Check());
            Assert.AreEqual(2, watchdog.ExpiryCount);
        }

        [TestMethod]
        public void RejectsANonPositiveTimeout()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new VirtualWatchdog(clock, 0));
        }
    }
}
