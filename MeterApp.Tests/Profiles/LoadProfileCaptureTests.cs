using System;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Profiles
{
    /// <summary>Load profile captures on capture_period boundaries, across restarts (a remount of the same flash), with their status bits.</summary>
    [TestClass]
    public class LoadProfileCaptureTests
    {
        private static readonly DateTime Midnight = new DateTime(2026, 5, 1, 0, 0, 0);

        [TestMethod]
        public void EachBoundaryIsCapturedOnceStampedWithTheBoundary()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(14));
            FixedMeasurementSource source = Published(100);
            LoadProfileCapture capture = NewCapture(new VirtualFlash(4096, 8), clock, source, 10);

            // At start the current period's opening boundary is due: nothing was captured yet.
            Assert.AreEqual(Midnight, capture.CaptureIfDue().Timestamp);
            Assert.IsNull(capture.CaptureIfDue());
            clock.Advance(59999);
            Assert.IsNull(capture.CaptureIfDue());
            Assert.AreEqual(1L, capture.MillisecondsToNextBoundary());

            clock.Advance(1);
            source.Publish(150, 1, 2, 3);
            LoadProfileEntry entry = capture.CaptureIfDue();
            Assert.AreEqual(Midnight.AddMinutes(15), entry.Timestamp);
            Assert.AreEqual((byte)0, entry.Status);
            Assert.AreEqual(150L, entry.ActiveImport);
            Assert.AreEqual(1L, entry.ActiveExport);
            Assert.AreEqual(2L, entry.ReactiveImport);
            Assert.AreEqual(3L, entry.ReactiveExport);
            Assert.IsNull(capture.CaptureIfDue());
            Assert.AreEqual(900000L, capture.MillisecondsToNextBoundary());
            Assert.AreEqual(2, capture.Ring.Count);
        }

        [TestMethod]
        public void BoundariesFollowThePeriodAndTheRingWrapsAround()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddSeconds(1));
            LoadProfileCapture capture = new LoadProfileCapture(new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 4), Published(7), clock, clock, 60);
            Assert.AreEqual(60, capture.PeriodSeconds);
            for (int minute = 0; minute < 10; minute++)
            {
                Assert.AreEqual(Midnight.AddMinutes(minute), capture.CaptureIfDue().Timestamp);
                clock.Advance(60000);
            }

            Assert.AreEqual(4, capture.Ring.Count);
            LoadProfileEntry[] entries = new LoadProfileEntry[4];
            Assert.AreEqual(4, capture.Ring.Read(0, 4, entries));
            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(Midnight.AddMinutes(6 + i), entries[i].Timestamp);
                Assert.AreEqual((uint)(7 + i), entries[i].Sequence);
            }
        }

        [TestMethod]
        public void NothingIsCapturedBeforeMetrologyPublishes()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(20));
            FixedMeasurementSource source = new FixedMeasurementSource();
            LoadProfileCapture capture = NewCapture(new VirtualFlash(4096, 8), clock, source, 10);
            Assert.IsNull(capture.CaptureIfDue());
            Assert.IsNull(capture.CaptureNow());
            source.Publish(5, 0, 0, 0);
            Assert.AreEqual(Midnight.AddMinutes(15), capture.CaptureIfDue().Timestamp);
        }

        [TestMethod]
        public void RegistersNeverGoBackwardsInTheProfile()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(1));
            FixedMeasurementSource source = Published(100);
            LoadProfileCapture capture = NewCapture(new VirtualFlash(4096, 8), clock, source, 10);
            capture.CaptureIfDue();

            // As after a power cut that lost the registers' last increments.
            source.Publish(90, 20, 30, 40);
            clock.Advance(15 * 60000);
            LoadProfileEntry entry = capture.CaptureIfDue();
            Assert.AreEqual(100L, entry.ActiveImport);
            Assert.AreEqual(20L, entry.ActiveExport);
            Assert.AreEqual(AmrProfileStatus.DataNotValid, entry.Status);

            source.Publish(120, 20, 30, 40);
            clock.Advance(15 * 60000);
            entry = capture.CaptureIfDue();
            Assert.AreEqual(120L, entry.ActiveImport);
            Assert.AreEqual((byte)0, entry.Status);
        }

        [TestMethod]
        public void ABoundaryPassedDuringARestartIsCapturedOnceWithPowerDown()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(14));
            NewCapture(flash, clock, Published(100), 10).CaptureIfDue();

            // Restart two seconds after 00:15, before the capture: the new boot catches it up.
            clock.Advance(60000 + 2000);
            LoadProfileCapture afterRestart = NewCapture(flash, clock, Published(101), 10);
            LoadProfileEntry entry = afterRestart.CaptureIfDue();
            Assert.AreEqual(Midnight.AddMinutes(15), entry.Timestamp);
            Assert.AreEqual(AmrProfileStatus.PowerDown, entry.Status);
            Assert.AreEqual(101L, entry.ActiveImport);
            Assert.IsNull(afterRestart.CaptureIfDue());

            // Another restart in the same period: nothing to capture again, no duplicate.
            clock.Advance(3000);
            LoadProfileCapture again = NewCapture(flash, clock, Published(101), 10);
            Assert.IsNull(again.CaptureIfDue());
            Assert.AreEqual(2, again.Ring.Count);

            // The next boundary records that a restart happened during its period.
            clock.Advance(15 * 60000);
            Assert.AreEqual(AmrProfileStatus.PowerDown, again.CaptureIfDue().Status);
            clock.Advance(15 * 60000);
            Assert.AreEqual((byte)0, again.CaptureIfDue().Status);
            Assert.AreEqual(4, again.Ring.Count);
        }

        [TestMethod]
        public void AfterALongOutageOnlyTheLatestBoundaryIsCaptured()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(15));
            NewCapture(flash, clock, Published(100), 10).CaptureIfDue();

            clock.Advance((2 * 60 + 25) * 60000);
            LoadProfileCapture afterRestart = NewCapture(flash, clock, Published(100), 10);
            LoadProfileEntry entry = afterRestart.CaptureIfDue();
            Assert.AreEqual(Midnight.AddMinutes(150), entry.Timestamp);
            Assert.AreEqual(AmrProfileStatus.PowerDown, entry.Status);
            Assert.AreEqual(2, afterRestart.Ring.Count);
        }

        [TestMethod]
        public void AClockSetBackNeitherDuplicatesNorReordersEntries()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(15));
            LoadProfileCapture capture = NewCapture(new VirtualFlash(4096, 8), clock, Published(100), 10);
            capture.CaptureIfDue();
            clock.SetUtcNow(Midnight.AddMinutes(5));
            Assert.IsNull(capture.CaptureIfDue());
            clock.Advance(10 * 60000);
            Assert.IsNull(capture.CaptureIfDue(), "00:15 was captured before the clock went back");
            clock.Advance(15 * 60000);
            LoadProfileEntry entry = capture.CaptureIfDue();
            Assert.AreEqual(Midnight.AddMinutes(30), entry.Timestamp);
            Assert.AreEqual(AmrProfileStatus.ClockAdjusted, entry.Status);
            Assert.AreEqual(2, capture.Ring.Count);
        }

        [TestMethod]
        public void AClockBeforeThePlausibleEpochIsFlaggedInvalid()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(1970, 1, 1, 0, 20, 0));
            LoadProfileEntry entry = NewCapture(new VirtualFlash(4096, 8), clock, Published(1), 10).CaptureIfDue();
            Assert.AreEqual(new DateTime(1970, 1, 1, 0, 15, 0), entry.Timestamp);
            Assert.AreEqual(AmrProfileStatus.ClockInvalid, entry.Status);
        }

        [TestMethod]
        public void CaptureNowStampsTheCurrentSecondOnce()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(7).AddMilliseconds(30500));
            LoadProfileCapture capture = NewCapture(new VirtualFlash(4096, 8), clock, Published(3), 10);
            Assert.AreEqual(Midnight.AddMinutes(7).AddSeconds(30), capture.CaptureNow().Timestamp);
            Assert.IsNull(capture.CaptureNow());
            Assert.IsNull(capture.CaptureIfDue(), "00:00 is older than the capture just taken");
            clock.Advance(8 * 60000);
            Assert.AreEqual(Midnight.AddMinutes(15), capture.CaptureIfDue().Timestamp);
        }

        [TestMethod]
        public void ThePeriodIsChecked()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight);
            LoadProfileRing ring = new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 4);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new LoadProfileCapture(ring, Published(1), clock, clock, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new LoadProfileCapture(ring, Published(1), clock, clock, 86401));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new LoadProfileCapture(ring, null, clock, clock, 900));
        }

        private static LoadProfileCapture NewCapture(VirtualFlash flash, VirtualClock clock, FixedMeasurementSource source, int capacity)
        {
            return new LoadProfileCapture(new LoadProfileRing(Mounted(flash), capacity), source, clock, clock, LoadProfileCapture.DefaultPeriodSeconds);
        }

        private static FixedMeasurementSource Published(long activeImport)
        {
            FixedMeasurementSource source = new FixedMeasurementSource();
            source.Publish(activeImport, 0, 0, 0);
            return source;
        }

        private static RecordStore Mounted(VirtualFlash flash)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return store;
        }
    }
}
