using Meter.Events;
using Meter.Tests.Dlms;
using nanoFramework.TestFramework;

namespace Meter.Tests.Events
{
    /// <summary>A flood of remotely triggered security events cannot flush the log.</summary>
    [TestClass]
    public class ThrottledEventRecorderTests
    {
        [TestMethod]
        public void ABurstIsLoggedThenOnePerPeriodWithTheCountOfThoseLeftOut()
        {
            ManualClock clock = new ManualClock();
            CollectingRecorder log = new CollectingRecorder();
            ThrottledEventRecorder throttled = new ThrottledEventRecorder(log, clock, new ushort[] { EventCode.DecryptionOrAuthenticationFailure, EventCode.ReplayAttack }, 3, 1000);
            for (int i = 0; i < 1000; i++)
            {
                throttled.Record(EventCode.DecryptionOrAuthenticationFailure, "forged");
            }

            Assert.AreEqual(3, log.Count);
            Assert.AreEqual(997, throttled.Suppressed);

            clock.Advance(1000);
            throttled.Record(EventCode.ReplayAttack, "replayed");
            Assert.AreEqual(4, log.Count);
            Assert.AreEqual("+997 not logged; replayed", log.Details[3]);
            throttled.Record(EventCode.ReplayAttack, "replayed");
            Assert.AreEqual(4, log.Count, "the bucket is empty again");
        }

        [TestMethod]
        public void OtherCodesAreNeverThrottled()
        {
            ManualClock clock = new ManualClock();
            CollectingRecorder log = new CollectingRecorder();
            ThrottledEventRecorder throttled = new ThrottledEventRecorder(log, clock, new ushort[] { EventCode.ReplayAttack }, 1, 1000);
            throttled.Record(EventCode.ReplayAttack, "first");
            throttled.Record(EventCode.ReplayAttack, "second");
            for (int i = 0; i < 50; i++)
            {
                throttled.Record(EventCode.MeterCoverRemoved, "cover");
            }

            Assert.AreEqual(51, log.Count);
            Assert.AreEqual((int)EventCode.MeterCoverRemoved, (int)log.Codes[50]);
        }

        private sealed class CollectingRecorder : IEventRecorder
        {
            public readonly ushort[] Codes = new ushort[100];
            public readonly string[] Details = new string[100];
            public int Count;

            public void Record(ushort code, string details)
            {
                Codes[Count] = code;
                Details[Count] = details;
                Count++;
            }
        }
    }
}
