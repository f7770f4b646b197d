using System;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Profiles
{
    [TestClass]
    public class EventLogRouterTests
    {
        private static readonly DateTime Start = new DateTime(2026, 5, 1, 12, 0, 0);

        [TestMethod]
        public void AFloodOfOrdinaryEventsCannotEvictTheFraudEvidence()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            RecordStore store = new RecordStore(new VirtualFlash(4096, 8));
            store.Mount();
            EventLog standard = new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 10);
            EventLog fraud = new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 10);
            EventLogRouter router = new EventLogRouter(standard, fraud);

            router.Record(EventCode.StrongDcFieldDetected, "magnet");
            for (int i = 0; i < 50; i++)
            {
                router.Record(i % 2 == 0 ? EventCode.PowerDown : EventCode.PowerUp, "cycle " + i);
            }

            Assert.AreEqual(10, standard.Count);
            Assert.AreEqual(1, fraud.Count);
            MeterEvent evidence = fraud.ReadLatest(1)[0];
            Assert.AreEqual(EventCode.StrongDcFieldDetected, evidence.Code);
            Assert.AreEqual("magnet", evidence.Details);
        }

        [TestMethod]
        public void TheRouterNeedsBothLogs()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 8));
            store.Mount();
            EventLog standard = new EventLog(store, VirtualClock.Manual(Start));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new EventLogRouter(standard, null));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new EventLogRouter(null, standard));
        }
    }
}
