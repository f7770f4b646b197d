using System;
using System.Threading;
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
            const int Tasks = 3;
            const int Each = 40;
            VirtualFlash flash = new VirtualFlash(4096, 6);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 50);
            ManualResetEvent startGate = new ManualResetEvent(false);
            uint[] returned = new uint[Tasks * Each];
            bool[] failed = new bool[Tasks];
            Thread[] threads = new Thread[Tasks];
            for (int t = 0; t < Tasks; t++)
            {
                int id = t;
                threads[t] = new Thread(() =>
                {
                    try
                    {
                        // All tasks wait here, so their appends really contend for the log.
                        startGate.WaitOne();
                        for (int i = 0; i < Each; i++)
                        {
                            returned[(id * Each) + i] = log.Record(EventCode.DecryptionOrAuthenticationFailure, "frame");
                        }
                    }
                    catch (Exception)
                    {
                        failed[id] = true;
                    }
                });
                threads[t].Start();
            }

            startGate.Set();
            for (int t = 0; t < Tasks; t++)
            {
                threads[t].Join();
                Assert.IsFalse(failed[t], "task " + t);
            }

            Assert.AreEqual(120u, log.LastSequence);
            bool[] seen = new bool[(Tasks * Each) + 1];
            for (int i = 0; i < returned.Length; i++)
            {
                Assert.IsTrue(returned[i] >= 1 && returned[i] <= 120 && !seen[returned[i]], "sequence " + returned[i] + " handed out once");
                seen[returned[i]] = true;
            }

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

        [TestMethod]
        public void ALogMustStartAnEventLogBlockOfRecordKeys()
        {
            // From review: a log over the counter keys was accepted and overwrote the boot count.
            RecordStore store = new RecordStore(new VirtualFlash(4096, 4));
            store.Mount();
            VirtualClock clock = VirtualClock.Manual(Start);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, RecordKeys.CountersFirst, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, (ushort)(RecordKeys.StandardEventLogFirstSlot + 1), 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, RecordKeys.CakLogFirst, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new EventLog(store, clock, (ushort)(RecordKeys.EventLogsFirst - RecordKeys.EventLogMaxSlots), 4));
            EventLog last = new EventLog(store, clock, (ushort)(RecordKeys.EventLogsLast + 1 - RecordKeys.EventLogMaxSlots), RecordKeys.EventLogMaxSlots);
            Assert.AreEqual(RecordKeys.EventLogMaxSlots, last.Capacity);
        }

        [TestMethod]
        public void TwoLogsOnTheSameSlotsAreRefused()
        {
            RecordStore store = new RecordStore(new VirtualFlash(4096, 4));
            store.Mount();
            VirtualClock clock = VirtualClock.Manual(Start);
            new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 10);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 5));
            Assert.AreEqual(5, new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 5).Capacity);
        }

        [TestMethod]
        public void ACorruptNewestEntryNeverMakesASequenceRepeat()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 10);
            for (int i = 1; i <= 5; i++)
            {
                log.Record(EventCode.ReplayAttack, "entry " + i);
            }

            // Something else is written after it, so the damage is bit rot, not a torn write.
            RecordStore store = new RecordStore(flash);
            store.Mount();
            store.Write(0xF000, new byte[8], 0, 8);
            FlipPayloadBit(flash, "entry 5");

            EventLog reloaded = NewLog(flash, clock, 10);
            Assert.AreEqual(6u, reloaded.LastSequence, "5 may have been handed out: the log goes on after it, with the NV memory error");
            MeterEvent[] latest = reloaded.ReadLatest(10);
            Assert.AreEqual(EventCode.NvMemoryError, latest[0].Code);
            Assert.AreEqual(6u, latest[0].Sequence);
            Assert.AreEqual("entry 4", latest[1].Details, "the unreadable entry is left out");
            Assert.AreEqual(5, latest.Length);
            Assert.AreEqual(7u, reloaded.Record(EventCode.PowerUp, string.Empty));
        }

        [TestMethod]
        public void CorruptSlotsAreRecordedOncePerStart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            VirtualClock clock = VirtualClock.Manual(Start);
            EventLog log = NewLog(flash, clock, 10);
            for (int i = 1; i <= 5; i++)
            {
                log.Record(EventCode.ReplayAttack, "entry " + i);
            }

            FlipPayloadBit(flash, "entry 2");
            EventLog reloaded = NewLog(flash, clock, 10);
            Assert.AreEqual(6u, reloaded.LastSequence, "an older corrupt entry moves nothing but adds the NV memory error");
            Assert.AreEqual(5, reloaded.Count);
            MeterEvent[] latest = reloaded.ReadLatest(10);
            Assert.AreEqual(EventCode.NvMemoryError, latest[0].Code);
            Assert.AreEqual("event log: 1 corrupt slot(s)", latest[0].Details);
            Assert.AreEqual(EventCode.ReplayAttack, latest[1].Code, "one NV memory error only");

            // Once the ring overwrites the slot, the log is clean again.
            for (int i = 0; i < 10; i++)
            {
                reloaded.Record(EventCode.PowerUp, string.Empty);
            }

            EventLog clean = NewLog(flash, clock, 10);
            Assert.AreEqual(16u, clean.LastSequence);
            Assert.AreEqual(EventCode.PowerUp, clean.ReadLatest(1)[0].Code);
        }

        // Flips one bit of the details of the entry with these details (a payload bit: the record header stays valid).
        private static void FlipPayloadBit(VirtualFlash flash, string details)
        {
            byte[] image = flash.GetImage();
            byte[] pattern = new byte[details.Length];
            for (int i = 0; i < pattern.Length; i++)
            {
                pattern[i] = (byte)details[i];
            }

            int at = -1;
            for (int i = 0; i + pattern.Length <= image.Length && at < 0; i++)
            {
                int j = 0;
                while (j < pattern.Length && image[i + j] == pattern[j])
                {
                    j++;
                }

                at = j == pattern.Length ? i : -1;
            }

            Assert.IsTrue(at >= 0, "'" + details + "' is on flash");
            image[at] ^= 0x01;
            flash.LoadImage(image);
        }

        private static EventLog NewLog(VirtualFlash flash, VirtualClock clock, int capacity)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, capacity);
        }
    }
}
