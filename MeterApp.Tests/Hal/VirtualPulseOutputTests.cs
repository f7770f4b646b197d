using System;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualPulseOutputTests
    {
        private static readonly DateTime Start = new DateTime(2026, 1, 1, 0, 0, 0);

        [TestMethod]
        public void HasNoPulseBeforeTheFirst()
        {
            VirtualPulseOutput output = new VirtualPulseOutput(VirtualClock.Manual(Start));
            Assert.AreEqual(0L, output.PulseCount);
            Assert.AreEqual(VirtualPulseOutput.NoPulse, output.LastPulseUptimeMilliseconds);
        }

        [TestMethod]
        public void CountsPulsesAndRemembersWhenTheLastStarted()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualPulseOutput output = new VirtualPulseOutput(clock);
            output.Pulse();
            clock.Advance(250);
            output.Pulse();
            output.Pulse();
            Assert.AreEqual(3L, output.PulseCount);
            Assert.AreEqual(250L, output.LastPulseUptimeMilliseconds);
        }

        [TestMethod]
        public void RejectsAMissingClock()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new VirtualPulseOutput(null));
        }
    }
}
