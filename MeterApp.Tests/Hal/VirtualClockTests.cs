using System;
using System.Threading;
using Meter.Hal.Clock;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualClockTests
    {
        private static readonly DateTime Start = new DateTime(2026, 1, 1, 0, 0, 0);

        [TestMethod]
        public void ManualClockMovesOnlyWhenAdvanced()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            Assert.AreEqual(0L, clock.UptimeMilliseconds);
            clock.Advance(1500);
            Assert.AreEqual(1500L, clock.UptimeMilliseconds);
            Assert.AreEqual(Start.AddMilliseconds(1500), clock.UtcNow);
        }

        [TestMethod]
        public void TimeNeverMovesBackwards()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            clock.Advance(1000);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => clock.Advance(-1000));
            clock.Advance(500);
            Assert.AreEqual(1500L, clock.UptimeMilliseconds);
        }

        [TestMethod]
        public void SettingTheRtcDoesNotMoveUptime()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            clock.Advance(1000);
            clock.SetUtcNow(Start.AddDays(-3));
            Assert.AreEqual(1000L, clock.UptimeMilliseconds);
            clock.Advance(10);
            Assert.AreEqual(Start.AddDays(-3).AddMilliseconds(10), clock.UtcNow);
        }

        [TestMethod]
        public void ScaledClockMultipliesItsRealTimeBase()
        {
            SteppedBase real = new SteppedBase();
            real.Now = 5000;
            VirtualClock clock = VirtualClock.Scaled(600, Start, real);
            Assert.AreEqual(0L, clock.UptimeMilliseconds);
            real.Now = 5003;
            Assert.AreEqual(1800L, clock.UptimeMilliseconds);
            real.Now = 4000;
            Assert.AreEqual(1800L, clock.UptimeMilliseconds, "a base stepping back must not move the clock back");
        }

        [TestMethod]
        public void ManualSleepEndsOnlyOnceEnoughTimeWasAdvanced()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            long wokeAt = -1;
            Thread sleeper = new Thread(() =>
            {
                clock.Sleep(250);
                wokeAt = clock.UptimeMilliseconds;
            });
            sleeper.Start();
            for (int i = 0; i < 100 && sleeper.IsAlive; i++)
            {
                Thread.Sleep(2);
                clock.Advance(10);
            }

            sleeper.Join();
            Assert.IsTrue(wokeAt >= 250, "woke at " + wokeAt.ToString());
        }

        [TestMethod]
        public void ScaledSleepNeverEndsEarly()
        {
            SteppedBase real = new SteppedBase();
            VirtualClock clock = VirtualClock.Scaled(600, Start, real);
            long wokeAt = -1;
            Thread sleeper = new Thread(() =>
            {
                clock.Sleep(1000);
                wokeAt = clock.UptimeMilliseconds;
            });
            sleeper.Start();
            for (int i = 0; i < 100 && sleeper.IsAlive; i++)
            {
                Thread.Sleep(2);
                real.Now++;
            }

            sleeper.Join();
            Assert.IsTrue(wokeAt >= 1000, "woke at " + wokeAt.ToString());
        }

        /// <summary>A real-time base that only moves when the test says so.</summary>
        private sealed class SteppedBase : IMonotonicClock
        {
            private readonly object _sync = new object();
            private long _now;

            public long Now
            {
                get
                {
                    lock (_sync)
                    {
                        return _now;
                    }
                }

                set
                {
                    lock (_sync)
                    {
                        _now = value;
                    }
                }
            }

            public long UptimeMilliseconds
            {
                get { return Now; }
            }

            public void Sleep(int milliseconds)
            {
                Thread.Sleep(milliseconds);
            }
        }
    }
}
