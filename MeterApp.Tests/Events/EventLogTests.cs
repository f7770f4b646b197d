using System;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Events
{
    [TestClass]
    public class EventLogTests
    {
        private static readonly DateTime Start = new DateTime(2026, 5, 1, 12, 0, 0);

        [TestMethod]
        public void ANewLogIsEmpty()
        {
            EventLog log = NewLog(new VirtualFlash(4096, 4), VirtualClock.Manual(Start), 10);
            Assert.AreEqual(0, log.Count);
            Assert.AreEqual(10, log.Capacity);
            Assert.AreEqual(0u, log.LastSequence);
            Assert.AreEqual(0, log.ReadLatest(5).Length);
        }

        [TestMethod]
        public void EntriesComeBackNewestFirstWithTimeAndSequence()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(new VirtualFlash(4096, 4), clock, 10);
            Assert.AreEqual(1u, log.Record(EventCode.PowerUp, "boot"));
            clock.Advance(5000);
            Assert.AreEqual(2u, log.Record(EventCode.TerminalCoverRemoved, "cover"));
            clock.Advance(5000);
            Assert.AreEqual(3u, log.Record(EventCode.AuthenticationFailure, "console user admin"));

            MeterEvent[] latest = log.ReadLatest(10);
            Assert.AreEqual(3, latest.Length);
            Assert.AreEqual(EventCode.AuthenticationFailure, latest[0].Code);
            Assert.AreEqual(3u, latest[0].Sequence);
            Assert.AreEqual("console user admin", latest[0].Details);
            Assert.AreEqual(Start.AddSeconds(10), latest[0].Timestamp);
            Assert.AreEqual(EventCode.PowerUp, latest[2].Code);
            Assert.AreEqual(Start, latest[2].Timestamp);
            Assert.AreEqual(2, log.ReadLatest(2).Length);
            Assert.AreEqual(2u, log.ReadLatest(2)[1].Sequence);
        }

        [TestMethod]
        public void AFullLogEvictsTheOldestFirst()
        {
            EventLog log = NewLog(new VirtualFlash(4096, 4), VirtualClock.Manual(Start), 5);
            for (int i = 1; i <= 12; i++)
            {
                log.Record(EventCode.ReplayAttack, "attempt " + i);
            }

            Assert.AreEqual(5, log.Count);
            MeterEvent[] latest = log.ReadLatest(100);
            Assert.AreEqual(5, latest.Length);
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual((uint)(12 - i), latest[i].Sequence);
                Assert.AreEqual("attempt " + (12 - i), latest[i].Details);
            }
        }

        [TestMethod]
        public void TheLogSurvivesARestartAndContinuesItsSequence()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 8);
            for (int i = 1; i <= 11; i++)
            {
                log.Record(EventCode.MeterCoverRemoved, "n" + i);
            }

            EventLog reloaded = NewLog(flash, clock, 8);
            Assert.AreEqual(8, reloaded.Count);
            Assert.AreEqual(11u, reloaded.LastSequence);
            Assert.AreEqual("n11", reloaded.ReadLatest(1)[0].Details);
            Assert.AreEqual(4u, reloaded.ReadLatest(8)[7].Sequence);
            Assert.AreEqual(12u, reloaded.Record(EventCode.MeterCoverClosed, "after restart"));
            Assert.AreEqual(8, reloaded.Count);
            Assert.AreEqual(5u, reloaded.ReadLatest(8)[7].Sequence);
        }

        [TestMethod]
        public void ClearLeavesOnlyTheClearedEventAlsoAfterARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 6);
            for (int i = 0; i < 4; i++)
            {
                log.Record(EventCode.PowerDown, string.Empty);
            }

            log.Clear();
            Assert.AreEqual(1, log.Count);
            MeterEvent[] after = log.ReadLatest(6);
            Assert.AreEqual(1, after.Length);
            Assert.AreEqual(EventCode.EventLogCleared, after[0].Code);
            Assert.AreEqual(5u, after[0].Sequence, "sequences continue through a clear");

            EventLog reloaded = NewLog(flash, clock, 6);
            Assert.AreEqual(1, reloaded.Count);
            Assert.AreEqual(EventCode.EventLogCleared, reloaded.ReadLatest(6)[0].Code);
            reloaded.Record(EventCode.PowerUp, "x");
            Assert.AreEqual(2, reloaded.Count);

            // Once the clear entry itself is evicted, every entry from before it is gone too.
            for (int i = 0; i < 10; i++)
            {
                reloaded.Record(EventCode.PowerUp, "y" + i);
            }

            Assert.AreEqual(6, reloaded.Count);
            Assert.AreEqual(6, NewLog(flash, clock, 6).Count);
            Assert.AreEqual(16u, NewLog(flash, clock, 6).LastSequence);
        }

        [TestMethod]
        public void EventLogClearedIsWrittenByClearOnly()
        {
            EventLog log = NewLog(new VirtualFlash(4096, 4), VirtualClock.Manual(Start), 6);
            Assert.ThrowsException(typeof(ArgumentException), () => log.Record(EventCode.EventLogCleared, "fake"));
            Assert.AreEqual(0, log.Count);
        }

        [TestMethod]
        public void DetailsAreBoundedToPrintableAscii()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 4);
            log.Record(EventCode.ExternalAlertDetected, "0123456789012345678901234567890123456789012345678901234567890");
            log.Record(EventCode.ExternalAlertDetected, "tab\there\r\nand \u00e9");
            log.Record(EventCode.ExternalAlertDetected, null);

            MeterEvent[] latest = NewLog(flash, clock, 4).ReadLatest(3);
            Assert.AreEqual(string.Empty, latest[0].Details);
            Assert.AreEqual("tab?here??and ?", latest[1].Details);
            Assert.AreEqual(MeterEvent.MaxDetailsLength, latest[2].Details.Length);
            Assert.AreEqual("012345678901234567890123456789012345678901234567", latest[2].Details);
        }

        [TestMethod]
        public void TwoLogsInOneStoreStaySeparate()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            VirtualClock clock = VirtualClock.Manual(Start);
            RecordStore store = new RecordStore(flash);
            store.Mount();
            EventLog standard = new EventLog(store, clock);
            EventLog fraud = new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 20);
            standard.Record(EventCode.PowerUp, string.Empty);
            fraud.Record(EventCode.TerminalCoverRemoved, string.Empty);
            fraud.Record(EventCode.TerminalCoverClosed, string.Empty);
            Assert.AreEqual(EventLog.DefaultCapacity, standard.Capacity);
            Assert.AreEqual(1, standard.Count);
            Assert.AreEqual(2, fraud.Count);
            Assert.AreEqual(EventCode.PowerUp, standard.ReadLatest(5)[0].Code);
        }

        [TestMethod]
        public void SeveralTasksRecordConcurrently()
        {
            VirtualFlash flash = new VirtualFlash(4096, 6);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 50);
            System.Threading.Thread[] threads = new System.Threading.Thread[3];
            for (int t = 0; t < threads.Length; t++)
            {
                threads[t] = new System.Threading.Thread(() =>
                {
                    for (int i = 0; i < 40; i++)
                    {
                        log.Record(EventCode.DecryptionOrAuthenticationFailure, "frame");
                    }
                });
                threads[t].Start();
            }

            for (int t = 0; t < threads.Length; t++)
            {
                threads[t].Join();
            }

            Assert.AreEqual(120u, log.LastSequence);
            MeterEvent[] latest = NewLog(flash, clock, 50).ReadLatest(50);
            Assert.AreEqual(50, latest.Length);
            for (int i = 0; i < latest.Length; i++)
            {
                Assert.AreEqual((uint)(120 - i), latest[i].Sequence, "no gaps, no duplicates");
            }
        }

        [TestMethod]
        public void ArgumentsAreChecked()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 4));
            store.Mount();
            VirtualClock clock = VirtualClock.Manual(Start);
            Assert.ThrowsException(typeof(ArgumentNullException), () => new EventLog(null, clock));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new EventLog(store, null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, RecordKeys.EventLogMaxSlots + 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, 0xFFF0, 20));
        }

        private static EventLog NewLog(VirtualFlash flash, VirtualClock clock, int capacity)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, capacity);
        }
    }
}
