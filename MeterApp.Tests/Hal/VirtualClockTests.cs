using System;
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
        public void ScaledClockRunsFasterThanRealTime()
        {
            VirtualClock clock = VirtualClock.Scaled(100, Start);
            long before = clock.UptimeMilliseconds;
            System.Threading.Thread.Sleep(50);
            long elapsed = clock.UptimeMilliseconds - before;
            Assert.IsTrue(elapsed >= 4000, "100x for 50 ms real should pass at least 4 s virtual, was " + elapsed);
        }
    }
}
